/**
 * AWS Managed Service Provider (MSP) Partner Program Validation Checklist, Version 3.1, January 2017.
 * Transcribed from the text extracted from the published PDF. Texts are reproduced as printed (typos included) so
 * they can be matched against the official workbooks; words the extraction glued together at a line-break hyphen
 * are restored with their hyphen ("next-generation", "12-18 months", "off-boarding", URLs...).
 *
 * Points: the extraction separates the two point columns from their rows; they were re-attached by row order page
 * by page. Where a value was lost, the value chosen and why is recorded in the control's notes (field "points").
 */
import type { ChecklistInput } from "./schema";

// ---- Shared texts (printed identically in several rows) -------------------------------------------------------

const ISO_20000_ALTERNATIVE =
  "Alternatively, evidence may be in the form of current industry certification related to IT Service Management (e.g., ISO 20000) scoped to the Partner’s AWS managed service practice.";

const SOLUTION_CAPABILITIES_LEAD =
  "Partner demonstrates that during customer engagements, a complete detailed design document is delivered such that customers and Partners are both assured that due diligence, capacity planning, architectural review and long term operational process have been assessed for the customer engagement.";

const DESIGN_DOCUMENTS_EVIDENCE =
  "Evidence must be in the form of three (3) implemented customer system detailed design documents produced within the last 12-18 months that contain the following components.";

const TICKETING_LEAD =
  "Partner has an IT Service Management (ITSM) ticketing system capable of the following:";

const OPERATIONAL_CHECKLISTS_MORE =
  "More details specific to these questions can be found at: https://aws.amazon.com/whitepapers/operational-checklists-for-aws/.";

const CONTINUOUS_COMPLIANCE_EVIDENCE =
  "Evidence must be in the form of customer case studies which highlight shortened time to remediation and audit reduction time as well as a demonstration of continuous compliance tools and processes with documented outcomes.";

const SAMPLE_REPORTS_EVIDENCE = "Evidence must be in the form of sample reports.";

const REFERENCES_TEXT =
  "≥ 3 AWS Customer References, including at least 1 that is publicly referenceable. All references must be new customers or new engagements with existing customers (within the last 12-18 months) and must be customers who are paying for the Partner’s AWS-based managed services.";

// ---- Shared rules ---------------------------------------------------------------------------------------------

const REFERENCE_AGE_RULE = {
  kind: "max-age",
  subject: "Customer reference engagement (new customer or new engagement) started",
  months: 18,
  warnAfterMonths: 12,
  required: true,
  source: "new customers or new engagements with existing customers (within the last 12-18 months)",
} as const;

const REFERENCE_COUNT_RULE = {
  kind: "min-count",
  subject: "Customer references (new customers or new engagements)",
  count: 3,
  withinMonths: 18,
  source: "≥ 3 AWS Customer References ... (within the last 12-18 months)",
} as const;

const DESIGN_DOCUMENT_AGE_RULE = {
  kind: "max-age",
  subject: "Implemented customer detailed design document produced",
  months: 18,
  warnAfterMonths: 12,
  required: true,
  source:
    "three (3) implemented customer system detailed design documents produced within the last 12-18 months",
} as const;

const DESIGN_DOCUMENT_COUNT_RULE = {
  kind: "min-count",
  subject: "Implemented customer detailed design documents",
  count: 3,
  withinMonths: 18,
  source:
    "three (3) implemented customer system detailed design documents produced within the last 12-18 months",
} as const;

// ---- Shared notes ---------------------------------------------------------------------------------------------

const DESIGN_DOCUMENT_NOTE = {
  field: "requirement",
  reason:
    "6.1.1-6.1.7 are printed as components under one 6.1 Solution Capabilities lead-in and one evidence statement (three design documents). The schema has no group-level text, so the lead-in is repeated at the start of each component's requirement and the shared evidence statement in each component's evidence (6.1.7 has its own evidence statement).",
};

const TICKETING_NOTE = {
  field: "requirement",
  reason:
    "9.3.1-9.3.6 are printed as capabilities under the lead-in 'Partner has an IT Service Management (ITSM) ticketing system capable of the following:'; the schema has no group-level text, so the lead-in is repeated at the start of each requirement.",
};

const SECTION_11_POINTS_NOTE =
  "Section 11's point cells were extracted as 7 values for 4 rows: '0, -200, 0, -200, 0, -200, 0'. 11.1.1's add value was lost. Reading in row order, 11.1.1 = 0 / +? and 11.1.2, 11.2.1, 11.2.2 = -200 / 0.";

const SECTION_4_PAGE_NOTE =
  "The page holding 4.1, 4.2.1, 4.2.2 and 4.2.3 lost most of its point cells: only '+10', '0', '0' were extracted (after the page footer, where 4.2.3 continues on the next page); the next page's 7 pairs belong to 4.2.4-4.5 in row order.";

export const msp: ChecklistInput = {
  id: "msp",
  program: "AWS Managed Service Provider (MSP) Partner Program",
  title: "AWS MSP Partner Program Validation Checklist",
  version: "3.1",
  published: "2017-01",
  validity:
    "Version 3.1, published in January 2017 will become the only recognized standard for program audit from 1 April 2017; this includes any audit scheduled but not completed by 1 April 2017.",
  submission: {
    method: "email",
    email: "checklist@amazon.com",
    subject: "[Partner Name] Completed Self-Assessment",
    instructions:
      "When ready to submit a program application, APN Partners should complete the Partner Self-Assessment column of the AWS MSP Partner Program Validation Checklist. To submit your application: Log in to the APN Portal (https://www.apn-portal.com/); Select “View My APN Account” from the left side of the page; Scroll to “Program Details” section; Select “Update” next to AWS Managed Service Program; Fill out Program Application & Click “Submit”; Email completed Self-Assessment to checklist@amazon.com, using the following convention for the email subject line: “[Partner Name] Completed Self-Assessment.” If you have any questions regarding the above instructions, please contact your Partner Development Rep/Manager. AWS will review and aim to respond back with any questions within 10 business days to initiate scheduling of your capabilities audit. It is recommended for Partners to have their Solutions Architect or Partner Development Manager (PDM) review their self-assessment before submitting to AWS.",
  },
  caseStudies: {
    count: 3,
    publicCount: 1,
    text: REFERENCES_TEXT,
  },
  scopeQuestions: ["reseller", "renewal", "plannedSubmissionDate", "caseStudyCount"],
  scoring: { max: 1000, pass: 900, mandatoryNotMet: -200 },
  notes: [
    {
      field: "text",
      reason:
        "The extraction removed hyphens at line breaks ('nextgeneration', '1218 months', 'offboarding', 'noncustomer', 'customerspecified', 'end-toend', 'pseudoproduction', 'lowscores', 'AWSSpecific', 'SolutionSpecific', 'NonService', 'WebAccessible', split URLs); they are restored here. Other typos are kept as printed ('Evidence must be In the form', 'in the form implemented customer recommendations', 'scale up down', 'ITL Service Operation').",
    },
    {
      field: "points",
      reason:
        "The document prints 'Section N Total:' lines without values, so there is no per-section total to cross-check; the only total is the maximum of 1000. Point pairs were re-attached to rows by row order on each page. Two places lost values (4.1-4.2.3 and 11.1.1); the values chosen there make the add points sum to exactly 1000 and are explained in those controls' notes.",
    },
    {
      field: "scoring",
      reason:
        "Points are binary and awarded in full: a met control scores its 'Add if Does Meet Capability' value, an unmet one its 'Subtract if Does Not Meet Capability' value. 'All items that carry a potential -200 score impact are considered mandatory' (Mandatory Action Items must be closed before approval). Score-Impacting Action Items may be closed within 5 business days after the audit.",
    },
    {
      field: "renewalReviewed",
      reason:
        "Renewals (partners previously audited against v3.0) also review 'Any action items identified during previous audit' and 'Any previously met requirements where evidence has changed materially', which depend on the partner's history and cannot be set per control. 9.6.1-9.6.3 and 9.8.1-9.8.2 are named in both renewal lists. 'A full audit of all current program requirements will be required at least every three years, with the intervening two years treated as renewal audits.'",
    },
    {
      field: "sections",
      reason:
        "The checklist groups sections into phases: 'Discover, Plan, Migrate, Integrate, Validate' (1.0-8.0), 'Operate' (9.0-12.0) and 'Optimize' (13.0-14.0). The schema has no phase field.",
    },
    {
      field: "id",
      reason:
        "Numbering gaps are real: v3.1 removed 9.2.2-9.2.5 (so 9.2 has only 9.2.1) and 8.4.2 (so 8.4 is printed without sub-number), and the old 6.1.2 was removed with 6.1.x renumbered. The 'Summary of Changes' still lists 9.2.3 among clarified items although it no longer exists.",
    },
    {
      field: "preparation",
      reason:
        "Printed after the prerequisites: 'In preparation for the validation process, Partners should become familiar with the items outlined in this document, and prepare objective evidence, including but not limited to: prepared demonstration to show capabilities, process documentation, and/or actual customer examples.'",
    },
    {
      field: "audit",
      reason:
        "Partners are validated upon applying and every 12 months thereafter by a third-party auditor ($3,000 USD audit fee + related travel expenses if applicable).",
    },
  ],
  sections: [
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "P",
      title: "AWS MSP Partner Program Prerequisites",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "P-1",
          title: "APN Membership",
          requirement: "Advanced or Premier APN Consulting Partner (view requirements)",
          notes: [
            {
              field: "id",
              reason:
                "Prerequisites are printed without numbers; P-1, P-2 and P-3 are stable ids given in printed order. 'The following items must be met before scheduling the third-party AWS MSP audit'. Prerequisites carry no points.",
            },
          ],
        },
        {
          id: "P-2",
          title: "Customer Engagements",
          requirement: REFERENCES_TEXT,
          perCaseStudy: { rollup: "every" },
          distinctEvidence: true,
          rules: [REFERENCE_AGE_RULE, REFERENCE_COUNT_RULE],
          notes: [
            {
              field: "id",
              reason:
                "Prerequisites are printed without numbers; P-2 is a stable id given in printed order.",
            },
            {
              field: "publicEvidence",
              reason:
                "Only 'at least 1' of the references must be publicly referenceable, not all of them, so publicEvidence is false; the count of public references is carried by caseStudies.publicCount = 1.",
            },
          ],
        },
        {
          id: "P-3",
          title: "AWS MSP Partner Program Validation Checklist Self-Assessment",
          requirement:
            "Completed self-assessment using the AWS MSP Partner Program Validation Checklist.\nCompleted self-assessment must be mailed to checklist@amazon.com, using the following convention for the email subject line: “[Partner Name] Completed Self-Assessment.”\nIt is recommended for Partners to have their Solutions Architect or Partner Development Manager (PDM) review their self-assessment before submitting to AWS. The purpose is to ensure your AWS team is engaged and working with you to provide recommendations prior to the audit.",
          notes: [
            {
              field: "id",
              reason:
                "Prerequisites are printed without numbers; P-3 is a stable id given in printed order.",
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "1.0",
      title: "Business Health",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "1.1",
          title: "Financial Health",
          requirement:
            "Partner regularly assesses financial health of their business including Altman's Z-Score, Dun and Bradstreet (D&B) Paydex Score, D&B Rating, D&B Financial Stress Score, D&B Supplier Evaluation Risk Rating, or equivalent.\n\nAWS MSPs are trusted advisors to customers of all sizes, helping companies make decisions based on their overall goals. In undertaking customer engagements, AWS MSPs take the lead in ensuring customer data is protected and AWS best practices are followed in all areas including the planning and design, migration, and new solution development. The expectation is that these solutions and workloads will be monitored and maintained on an ongoing basis, with the AWS MSP providing regular touch points with the customer with continual recommendations on ways to increase efficiencies. Due to the importance of the role of the AWS MSP, Partners must also show that they have viable businesses to earn and maintain customer trust.\n\nAny mergers, acquisitions, or divestitures in-process that materially impact a company’s ability to deliver AWS Cloud managed services must be disclosed at the time of the audit.",
          evidence: [
            "Acceptable evidence includes D&B Company Credit Reports (or equivalent for Partner’s region) and proof that Partner is assessing and creating plans when risks are identified.",
            "Public securities filings for the most recent period are sufficient evidence for publicly traded companies.",
            "Articles in the press about the company, analyst reports, and/or statements made by the company on their website will not be considered sufficient evidence to meet this requirement.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          notes: [
            {
              field: "requirement",
              reason:
                "The sentence 'Any mergers, acquisitions, or divestitures in-process ... must be disclosed at the time of the audit.' is extracted between the 1.2 label and 1.2's requirement; it is kept with 1.1 (financial health / business viability), where it closes the row.",
            },
          ],
        },
        {
          id: "1.2",
          title: "Financial Planning and Reporting",
          requirement:
            "Partner has processes in place for financial planning, including forecasting, budgeting, and review of financial metrics and reports.",
          evidence: [
            "Evidence must be in the form of records of financial planning and reviews, and records of collection and review of financial metrics.",
            "Public securities filings for the most recent period are sufficient evidence for publicly traded companies.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "1.3",
          title: "Risk and Mitigation Plans",
          requirement:
            "Areas of business risk are outlined with documented mitigation plans. This may include financial risks, age and maturity of business, planning for rapid growth, assumption or loss of large deals/customers, etc.",
          evidence: [
            "Evidence must be in the form of a documented risk analysis and associated mitigation plan(s); current progress against plan(s) must also be shown.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "1.4",
          title: "Succession Planning",
          requirement:
            "Partner has a succession plan in place to address loss of key leadership personnel related to their AWS MSP Practice.",
          evidence: ["Evidence must be in the form of a documented succession plan."],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "1.5",
          title: "Employee Satisfaction",
          requirement:
            "Partner has the ability to objectively capture employee satisfaction data. This is done via formal survey process on at least an annual basis.",
          evidence: [
            "Evidence must be in the form of documentation of feedback collected, and any actions taken to address feedback.",
          ],
          points: { met: 20, notMet: 0 },
          rules: [
            {
              kind: "max-age",
              subject: "Last formal employee satisfaction survey",
              months: 12,
              required: true,
              source: "This is done via formal survey process on at least an annual basis.",
            },
          ],
        },
        {
          id: "1.6",
          title: "Validation of Customer References",
          requirement:
            "Partner has ≥ 3 AWS Customer References including at least 1 that is publicly referenceable.",
          evidence: [
            "Partner must provide evidence that all references are new customers or new engagements with existing customers (within the last 12-18 months) and are current customers paying for the Partner’s AWS-based managed services.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          perCaseStudy: { rollup: "every" },
          distinctEvidence: true,
          rules: [
            {
              ...REFERENCE_AGE_RULE,
              source:
                "all references are new customers or new engagements with existing customers (within the last 12-18 months)",
            },
            {
              ...REFERENCE_COUNT_RULE,
              source: "Partner has ≥ 3 AWS Customer References ... (within the last 12-18 months)",
            },
          ],
          notes: [
            {
              field: "publicEvidence",
              reason:
                "Only 'at least 1' reference must be publicly referenceable, so publicEvidence is false; caseStudies.publicCount = 1 carries it.",
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "2.0",
      title: "Partner Capabilities Overview",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "2.1",
          title: "Company Overview",
          requirement:
            "Partner has a company overview presentation to set the stage for customer conversations as applicable to their AWS MSP practice, in addition to demonstration capabilities.\n\nPresentation to contain information about next generation cloud managed services; how managed services are different in an AWS environment vs. traditional on premise or hosted managed services with emphasis on automation enabled by DevOps practices.\nOverview presentations contain:\n• Company history\n• Office locations\n• Number of employees\n• Customer profile, including number and size of customers, including industry\n• Service differentiators\n• AWS partnership overview/details, including APN participation, monthly AWS billings, etc.\n• For renewals the focus should be on changes and improvements since the previous audit.",
          evidence: [
            "Evidence must be a presentation delivered during validation meeting.",
            "Presentation should be limited to no more than 30 minutes.",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          notes: [
            {
              field: "rules",
              reason:
                "'Presentation should be limited to no more than 30 minutes' is a limit on the meeting, not a value asked in Partner Response, so it is kept in the evidence text rather than as a max-duration rule.",
            },
          ],
        },
        {
          id: "2.2",
          title: "Next Generation Managed Service Viewpoint",
          requirement:
            "Partner publicizes how managed services are different in an AWS environment vs. traditional on premise or hosted managed services with emphasis on automation enabled by DevOps practices.",
          evidence: [
            "Evidence must be in the form of public facing materials (websites, blog posts, press articles, videos, etc.) containing information about next generation cloud managed services published within the last 12 months.",
          ],
          points: { met: 40, notMet: 0 },
          renewalReviewed: true,
          publicEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Public next-generation managed services material published",
              months: 12,
              required: true,
              source: "public facing materials ... published within the last 12 months",
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "3.0",
      title: "AWS Knowledge",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "3.1",
          title: "AWS Services and Features",
          requirement:
            "Customers moving to the cloud are interested in working with consulting companies who are able to provide expertise and guidance on how to best leverage all of the unique services and features that the AWS platform provides.\n\nThe traditional roles and responsibilities of Managed Service Providers have changed to include the ability for MSPs to provide those consulting services which are required to build operationally sustainable workloads and solutions for the customer.\nAlthough customer objectives will drive which AWS services are used, there are fundamental AWS services that all AWS MSPs must be fluent in, to provide next-generation MSP Value to their customers.\nFor each of the following AWS services, Partner provides the following:\n• Examples of customer solutions leveraging each service\n• If AWS service is not being leveraged by an active customer, a hypothetical use case is available including where that service should be considered and how it will be supported\n• Description of how services are supported by Partner, alone or as part of a solution comprising multiple services\nNotes:\n- The above requirements must be met for all services listed below in order to be scored as compliant for this control.\n- Solution designs from Section 6 may be used as evidence of meeting this control for implemented services.\n- For Partners who operate exclusively in a single region where specific services are not available, those services will be waived from this list. Partners who operate in more than one region will be required to demonstrate knowledge across all listed services.\n- Services indicated with an asterisk (*) are new services added in this Checklist v3.1 and should be assessed if not reviewed in previous audits.\nAWS Service | Category\n• Amazon Elastic Compute Cloud (EC2) | Compute\n• AWS Lambda* | Compute\n• Elastic Load Balancing (ELB) | Compute\n• Amazon Virtual Private Cloud (VPC) | Networking\n• AWS Direct Connect (DX) | Networking\n• Amazon Route 53 (R53) | Networking\n• Amazon CloudFront | Networking\n• Amazon Relational Database Service (RDS) | Databases\n• Amazon DynamoDB* | Databases\n• Amazon Redshift* | Databases\n• Amazon ElastiCache | Databases\n• Amazon Simple Storage Service (S3) | Storage\n• Amazon Glacier | Storage\n• Amazon Elastic Block Store (EBS) | Storage\n• AWS Identity and Access Management (IAM) | Security\n• Amazon Simple Queue Service (SQS) | Messaging\n• Amazon Kinesis* | Messaging\n• Amazon Simple Email Service (SES) | Messaging\n• Amazon Simple Notification Service (SNS) | Messaging\n• AWS CloudFormation | Mgmt Tools\n• AWS CloudTrail | Mgmt Tools\n• Amazon CloudWatch (CW) | Mgmt Tools\n• AWS Trusted Advisor | Mgmt Tools",
          evidence: [
            "Examples of customer solutions leveraging each service",
            "If AWS service is not being leveraged by an active customer, a hypothetical use case is available including where that service should be considered and how it will be supported",
            "Description of how services are supported by Partner, alone or as part of a solution comprising multiple services",
            "Solution designs from Section 6 may be used as evidence of meeting this control for implemented services.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          notes: [
            {
              field: "renewalReviewed",
              reason:
                "In renewals 3.1 is reviewed 'specific to new services as indicated' (the services marked *: AWS Lambda, Amazon DynamoDB, Amazon Redshift, Amazon Kinesis), which the schema cannot narrow.",
            },
            {
              field: "naAllowed",
              reason:
                "Individual services are waived for partners operating exclusively in a single region where they are not available; the control itself still applies, so naAllowed stays false.",
            },
            {
              field: "evidence",
              reason:
                "The row prints no 'Evidence must be' sentence; the evidence is the three items listed for each of the 23 services.",
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "4.0",
      title: "Business Management",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "4.1",
          title: "Resource/Capacity Planning",
          requirement:
            "Partner determines and provides resources needed for business demand, including resources related to personnel and infrastructure.",
          evidence: [
            "Evidence must be in the form of resource planning documentation detailing how Partner ensures that appropriate resources are available to meet business demand. This may include, for example, ensuring that there are sufficient AWS Certified Solutions Architecture Professionals available based on the number of customers.",
          ],
          points: { met: 10, notMet: 0 },
          notes: [
            {
              field: "points",
              reason: `${SECTION_4_PAGE_NOTE} All four rows on that page are set to 0 / +10: the only values extracted there are '+10' and '0', and with 11.1.1 = 0 / +20 this makes the add points total exactly 1000 (section 4 = 160). Not certain: another split of the same 40 points (or a -200 row) cannot be ruled out from the text.`,
            },
          ],
        },
        {
          id: "4.2.1",
          title: "Job Roles/Staffing",
          requirement:
            "Partner has an overview of the job roles within their company, supporting the AWS business.",
          evidence: [
            "Evidence must be in the form of a document or spreadsheet that describes the role, job title, % of time on AWS business, any AWS trainings or certifications achieved, and any other industry relevant trainings/certifications.",
          ],
          points: { met: 10, notMet: 0 },
          notes: [
            {
              field: "points",
              reason: `${SECTION_4_PAGE_NOTE} Set to 0 / +10 like the other rows of that page (see 4.1); not certain.`,
            },
          ],
        },
        {
          id: "4.2.2",
          title: "Job Roles/Staffing",
          requirement:
            "Partner has defined hiring and termination processes and checklists for on- and off-boarding of personnel.",
          evidence: [
            "Evidence must be in the form of completed on- and off-boarding records; examples may include completed checklists, training plans, or other records.",
          ],
          points: { met: 10, notMet: 0 },
          notes: [
            {
              field: "points",
              reason: `${SECTION_4_PAGE_NOTE} Set to 0 / +10 like the other rows of that page (see 4.1); not certain.`,
            },
          ],
        },
        {
          id: "4.2.3",
          title: "Job Roles/Staffing",
          requirement:
            "Partner has at least one person at a leadership position certified to ITIL Foundation or above.",
          evidence: ["Evidence must be in the form of a current ITIL Foundation certificate."],
          points: { met: 10, notMet: 0 },
          notes: [
            {
              field: "points",
              reason: `${SECTION_4_PAGE_NOTE} '+10' and '0' are extracted exactly where the 4.2.3 row continues onto the next page, so 0 / +10 is the most likely reading for 4.2.3 itself.`,
            },
          ],
        },
        {
          id: "4.2.4",
          title: "Job Roles/Staffing",
          requirement:
            "Partner sales teams and/or applicable business units supporting the AWS MSP practice have all completed the Business Professional or Technical Professional accreditations.",
          evidence: ["Evidence must be in the form of records of the appropriate accreditations."],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "4.2.5",
          title: "Job Roles/Staffing",
          requirement:
            "Partner has at least one person at a leadership position certified with an AWS Associate level certification.",
          evidence: [
            "Evidence must be in the form of records of AWS Associate level certification.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "4.3.1",
          title: "Customer Contracts",
          requirement:
            "Partner has signed contracts with customers defining the specific billing model and any other contractual agreements.",
          evidence: [
            "Evidence must be in the form of three (3) records of signed customer contracts, executed within the last 12-18 months.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          distinctEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Signed customer contract executed",
              months: 18,
              warnAfterMonths: 12,
              required: true,
              source:
                "three (3) records of signed customer contracts, executed within the last 12-18 months",
            },
            {
              kind: "min-count",
              subject: "Signed customer contracts",
              count: 3,
              withinMonths: 18,
              source:
                "three (3) records of signed customer contracts, executed within the last 12-18 months",
            },
          ],
        },
        {
          id: "4.3.2",
          title: "Customer Contracts",
          requirement:
            "Customer contracts define the specific legal ownership of data, including arrangements for handling of customer data upon termination of the contract by either party, including:\n• Time commitment as to when data/account is handed to customer\n• Format and method for transfer of data/account credentials\n• If applicable, the process for removal of non-customer IAM accounts, groups, roles, and federation",
          evidence: [
            "Evidence must be in the form of two (2) signed customer contracts addressing the above requirements.",
            "Partner may use the same contracts used in 4.3.1.",
          ],
          points: { met: 40, notMet: 0 },
          distinctEvidence: true,
        },
        {
          id: "4.4.1",
          title: "Supplier Management",
          requirement:
            "Partner has defined processes for selection and evaluation of suppliers (e.g., SaaS vendors or any other third parties to whom activities or services are subcontracted).",
          evidence: [
            "Evidence must be in the form of records of supplier selection and evaluation.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "4.4.2",
          title: "Supplier Management",
          requirement:
            "Where Partner uses SaaS solutions for systems which contain customer information or have access to AWS resources, they must show that due diligence has been carried out to assess the security compliance of these solutions with a focus on customer privacy and security.",
          evidence: [
            "Evidence must be in the form of records of supplier selection and evaluation.",
            "As evidence of assessment of security compliance, Partner must show SaaS providers’ security overview and documentation, authentication and authorization validation, MFA capabilities, overview of availability characteristics, data backup plan, and disaster recovery plan.",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          naAllowed: true,
          notes: [
            {
              field: "conditions",
              reason:
                "Applies 'Where Partner uses SaaS solutions for systems which contain customer information or have access to AWS resources'. No scope flag expresses this (the 'saas' flag is FTR's 'the solution is SaaS'), so the condition is carried as naAllowed: a partner that uses no such SaaS solutions answers N/A.",
            },
          ],
        },
        {
          id: "4.5",
          title: "AWS Support Plan",
          requirement: "Partner has an AWS Support plan in place.",
          evidence: ["Evidence must be in the form of a current AWS Support agreement."],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "5.0",
      title: "AWS Billing and Cost Management",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "5.1",
          title: "AWS Billing and Cost Management Console",
          requirement:
            "Partner uses AWS Billing and Cost Management service.\n\nAWS Billing and Cost Management is the service that Partners use to pay their AWS bill, monitor usage, and budget costs.",
          evidence: [
            "Evidence must be in the form of demonstration of the AWS Billing and Cost Management console, including demonstration of the following capabilities:",
            "Ability to download PDF Invoices from the Billing and Cost Management Console",
            "Ability to enable Billing Reports",
            "Ability to enable Billing Alerts",
            "Ability to manage Cost Allocation Tags",
            "Ability to explain the benefits of Cost Explorer",
            "Ability to manage tax exemptions (when applicable)",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
        {
          id: "5.2",
          title: "AWS Account Settings",
          requirement:
            "Partner leverages the AWS Account Settings page to manage up to date contact and security information for both the payer and/or linked account/s they manage.",
          evidence: [
            "Evidence must be in the form of demonstration of the Accounts Settings page, including demonstration of the following capabilities:",
            "Ability to update the address information for an AWS Account",
            "Ability to describe and set alternate contacts",
            "Ability to set Security Challenge Questions",
            "Ability to describe how to close an AWS Account",
            "Ability to manage cancellation of services (i.e., Support)",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
        {
          id: "5.3",
          title: "Third Party Billing Solutions",
          requirement:
            "Partner leverages third-party ISV or Partner-developed solutions for billing management and optimization to strengthen their ability to provide proactive recommendations to customers.",
          evidence: [
            "Evidence must be in the form of demonstration of the solutions with examples of how they expand on native AWS capabilities.",
          ],
          points: { met: 20, notMet: 0 },
          waivedForNonReseller: true,
        },
        {
          id: "5.4",
          title: "Reseller Partner Account Management Capabilities",
          requirement:
            "AWS Reseller Partners have the following account management capabilities:\n• Ability to create a new account and enable Consolidated Billing\n• Ability to link an account to a Consolidated Billing Payer Account\n• Ability to remove an account from a Consolidated Billing group\n• Ability to sign up for AWS Support\n• Ability to enable Identity and Access Management (IAM) for role-based account management\n• Ability to provision account access\n• Ability to make reserved capacity purchases",
          evidence: [
            "Evidence must be in the form of Partner demonstration of the above abilities.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
        {
          id: "5.5",
          title: "Reseller Partner Rebilling Capabilities",
          requirement:
            "AWS Reseller Partners have the following rebilling capabilities:\n• Ability to explain the difference between a blended and unblended rate/cost\n• Ability to explain why rebilling with a blended rate is not advised\n• Ability to describe the nuances of the Detailed Billing Report, including:\n- Ability to explain key column names\n- Ability to show where to find Reservation Purchases\n- Ability to show where to find Credit Allocation\n- Ability to make billing suggestions based on the DBR results\n• Ability to explain how credit benefit is allocated to a consolidated bill\n• Ability to explain how Reserved Instance benefit is allocated to a consolidated bill",
          evidence: [
            "Evidence must be in the form of Partner demonstration of the above abilities.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
        {
          id: "5.6",
          title: "Reseller Account Controls",
          requirement:
            "Partner uses Account Controls, including at least one of the following:\n• Block Spend Data\n• Block Access To Cost Explorer\n• Prevent Account Unlinking",
          evidence: [
            "Evidence may be in the form of demonstration of the above controls or other evidence of application of these controls.",
          ],
          points: { met: 20, notMet: 0 },
          waivedForNonReseller: true,
        },
        {
          id: "5.7",
          title: "AWS License Terms",
          requirement:
            "Partner integrates AWS License terms with customer contracts and processes to ensure compliance to AWS agreements (i.e., reseller agreement).\n\nLicense Terms can be found here: https://s3.amazonaws.com/Reseller-Program-LegalDocuments/AWS+Reseller+Customer+License+Terms.pdf",
          evidence: [
            "Evidence must be in the form of customer contracts that include current AWS License terms.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
        },
        {
          id: "5.8",
          title: "End User Reporting",
          requirement:
            "Reseller Partners are required to provide End User Reporting to AWS as terms of their Reseller Agreement.\nPartner must share how information is collected, maintained, and reported back to AWS.\nPartner must show at least 90% compliance rate over the previous 6 months prior to the audit.\nMore Information can be found on the Partner Portal here (must be logged into APN Portal): https://www.apnportal.com/apex/ResellerEndUserReporting?sfdc.tabName=01rE0000000AAzJ",
          points: { met: 0, notMet: -200 },
          mandatory: true,
          waivedForNonReseller: true,
          renewalReviewed: true,
          notes: [
            {
              field: "rules",
              reason:
                "'Partner must show at least 90% compliance rate over the previous 6 months prior to the audit.' The schema has no minimum-percentage rule over a reporting window (max-age / min-count / max-duration do not fit), so the threshold is kept in the requirement text and here.",
            },
            {
              field: "evidence",
              reason:
                "The row prints no separate 'Evidence must be' sentence; what must be shown is stated in the requirement.",
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "6.0",
      title: "Solution Design Capabilities",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "6.1.1",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nDocumentation of customer requirements`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.2",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nArchitectural details of the proposed design`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.3",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nDetails of the system performance, capacity management and availability measurement systems to be put in place to measure success of proposed design.`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.4",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nAssessment of customer’s security policies and procedures with gap identification`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.5",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nDetailed design shows that customer infrastructure is architected as per AWS security best practices as outlined in https://aws.amazon.com/whitepapers/aws-security-best-practices.`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.6",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nDetailed design shows that the proposed design allows for governance and risk management at scale as per https://aws.amazon.com/whitepapers/overview-of-risk-and-compliance/ and https://aws.amazon.com/whitepapers/aws-security-best-practices.`,
          evidence: [DESIGN_DOCUMENTS_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
          rules: [DESIGN_DOCUMENT_AGE_RULE, DESIGN_DOCUMENT_COUNT_RULE],
          notes: [DESIGN_DOCUMENT_NOTE],
        },
        {
          id: "6.1.7",
          title: "Solution Capabilities",
          requirement: `${SOLUTION_CAPABILITIES_LEAD}\nFor each customer engagement, Partner provides an initial and ongoing assessment of that customer’s architectural status by maintaining the AWS Basic Operations Checklist and Enterprise Operations Checklist (where applicable) contained in https://aws.amazon.com/whitepapers/operational-checklists-for-aws/.`,
          evidence: [
            "Evidence must be in the form of at least two (2) completed Basic Operations Checklists and Enterprise Operations Checklist (if applicable) for a current or past customer, and evidence that ongoing assessments are scheduled with current customers where appropriate.",
          ],
          points: { met: 10, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
          notes: [DESIGN_DOCUMENT_NOTE],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "7.0",
      title: "Infrastructure and Application Migration Capabilities",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "7.1",
          title: "Infrastructure Migration Capabilities Leveraging AWS Best Practices",
          requirement:
            "Partners must provide customers with infrastructure that is aligned with AWS architecture best practices and reference architectures.\n\nWhile the role of the traditional MSP focused on the operations of a customers’ environment, next-generation MSPs bring value to the customer through their AWS expertise along with other industry or solution-specific knowledge (e.g., big data). Customers look to their AWS MSP to help them make decisions on how to move workloads to AWS utilizing highly available, elastic and reliable infrastructure unique to AWS.\nWhile MSPs in the past focused on how to react to failures generally stemming from capacity issues and/or faulty hardware, good AWS design and migrations should be fault tolerant by nature; allowing MSPs to focus their resources and provide value to customers in new ways.",
          evidence: [
            "Evidence must be in the form of implemented customer design recommendations with explanation of the customer scenario for which it was developed.",
            "Alternatively, holding the AWS Migration Competency is sufficient evidence.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "7.2",
          title: "Application Migration Capabilities",
          requirement:
            "Partner has application migration capabilities and provides continual integration, automated deployment and takes advantage of elastic, highly available infrastructure.\n\nPartner provides tooling that abstracts application deployment from infrastructure deployment and allows customers to, independently or in conjunction with the managed service, deploy and configure their applications.",
          evidence: [
            "Evidence must be in the form implemented customer recommendations with explanation of the customer scenario for which it was developed.",
            "Alternatively, holding the AWS Migration Competency is sufficient evidence.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "8.0",
      title: "Security",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "8.1.1",
          title: "Security Management",
          requirement:
            "Partner has established security policies and procedures to protect their own systems from attacks and these policies have been reviewed and approved by management.",
          evidence: [
            "Evidence of security policies and procedures may also be in the form of current industry certification related to information security (e.g., ISO 27001) or proof of infrastructure security and information management processes and associated approvals.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.2",
          title: "Security Management",
          requirement:
            "Partner has system that provides access to customer resources to its engineers based on the principle of least privilege. A process for defining and maintaining the appropriate level of access is in place. Access to critical or sensitive data (as defined by the customer) is further controlled by multi-factor or quorum authentication with access based alerts.",
          evidence: [
            "Evidence must be in the form of a live demonstration of internal capabilities and processes for maintaining least privilege access policies.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "8.1.3",
          title: "Security Management",
          requirement:
            "Partner has security policies and procedures to protect their customers’ systems from attacks.",
          evidence: [
            "Evidence may be in the form of industry certification related to information security management (e.g., ISO 27001).",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          notes: [
            {
              field: "id",
              reason: "Printed as '8.1.3.' (with a trailing period); the id drops the period.",
            },
          ],
        },
        {
          id: "8.1.4",
          title: "Security Management",
          requirement:
            "Partner deploys all supported AWS infrastructure into Amazon Virtual Private Cloud.",
          evidence: [
            "Evidence must be in the form of a technology demonstration of deployment framework, specifically that VPC deployment is implemented.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.5",
          title: "Security Management",
          requirement:
            "Partner does not administrate AWS accounts by use of root account credentials.",
          evidence: ["Evidence must be in the form of a technology demonstration."],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.6",
          title: "Security Management",
          requirement:
            "Partner provides encryption at rest services for AWS infrastructure as outlined in https://aws.amazon.com/whitepapers/encrypting-data-at-rest/.",
          evidence: [
            "Evidence must be in the form of design documentation specifying the use of encryption at rest services.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.7",
          title: "Security Management",
          requirement:
            "Partner ensures customers understand AWS security processes and technologies as outlined in https://aws.amazon.com/whitepapers/aws-security-best-practices/.",
          evidence: [
            "Evidence must be in the form of onboarding and educational documents provided to customers that specifically cover customer security considerations in the Partner’s environment.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.8",
          title: "Security Management",
          requirement:
            "Partner ensures that multi-factor authentication is activated on all Partner and customer AWS root accounts.",
          evidence: [
            "Partner must show technology as evidence that they regularly audit accounts for MFA activation and activation of MFA on new AWS root accounts.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.1.9",
          title: "Security Management",
          requirement:
            "Partner performs secret shopper testing on vectors vulnerable for social engineering attacks, including call, chat and email systems. User validation should not utilize confidential data like social security numbers, or personal security questions.",
          evidence: [
            "Evidence must be in the form of records of last 2 tests, and documented lessons learned.",
            "(For 2017 audits, a single record for 2017 is acceptable.)",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          rules: [
            {
              kind: "min-count",
              subject: "Secret shopper test",
              count: 2,
              source:
                "Evidence must be in the form of records of last 2 tests, and documented lessons learned.",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "'(For 2017 audits, a single record for 2017 is acceptable.)' relaxes the min-count to 1 for audits held in 2017; the schema cannot express a rule that depends on the audit year, so the rule keeps 2 and the exception is kept in the evidence and here. No frequency or age for the tests is stated.",
            },
            {
              field: "points",
              reason:
                "8.1.5-8.2.2 share one block of 8 extracted pairs (-200/0 x5, 0/+40, -200/0, 0/+20), attached in row order: 8.1.9 = -200/0 and 8.1.10 = 0/+40.",
            },
          ],
        },
        {
          id: "8.1.10",
          title: "Security Management",
          requirement:
            "Customer contact and business/personal information is encrypted on all Partner systems including Partner, billing, and ticketing systems.",
          evidence: [
            "Evidence must be in the form of documentation of customer information storing systems with proof of encryption.",
          ],
          points: { met: 40, notMet: 0 },
          renewalReviewed: true,
          notes: [
            {
              field: "points",
              reason:
                "8.1.5-8.2.2 share one block of 8 extracted pairs (-200/0 x5, 0/+40, -200/0, 0/+20), attached in row order: 8.1.10 = 0/+40.",
            },
          ],
        },
        {
          id: "8.2.1",
          title: "Security Event Logging and Retention",
          requirement:
            "Security Event Logs are retained for the duration contractually agreed with the customers. Security events are stored in a log for regulatory and analysis purposes. Use of technologies as specified in https://aws.amazon.com/whitepapers/security-at-scale-logging-in-aws/ is recommended.",
          evidence: [
            "Evidence must be In the form of an example of a customer Security Event Log.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.2.2",
          title: "Security Event Logging and Retention",
          requirement:
            "Partner can show that customer-agreed retention periods for logs are honored and systems exist to support and maintain these logs.",
          evidence: [
            "Evidence must be in the form of an example of a Security Event Log that has been maintained for the agreed retention period.",
            "Partner must also show where retention times and methods of log support and maintenance are defined and agreed with the customer, e.g., in an MSA or other document.",
            "If log is maintained by customer, Partner must provide evidence that they are taking steps to ensure that it is maintained.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "8.2.3",
          title: "Security Event Logging and Retention",
          requirement:
            "Partner can demonstrate use of AWS Config service for security components auditing.",
          evidence: [
            "Evidence must be in the form of an example of security components auditing using AWS Config.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "8.2.4",
          title: "Security Event Logging and Retention",
          requirement:
            "Partner has AWS CloudTrail enabled on all managed accounts and a process is in place to maintain log integrity.",
          evidence: [
            "Evidence must be in the form of a technology demonstration, in the absence of which, documented policies and processes must be in place to ensure that CloudTrail is enabled on all existing and new accounts may be presented.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "8.3",
          title: "Access Management/AWS API Credential Strategy",
          requirement:
            "Partner has a documented Access Management Strategy, including but not limited to: AWS Identity and Access Management (IAM) users, symmetric access keys, asymmetric X.509 certificates, console passwords, and hardware or virtual multi-factor authentication (MFA) devices.",
          evidence: [
            "Evidence must be in the form of a technology demonstration, process documentation that addresses the above, and one customer example.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "8.4",
          title: "Service Continuity",
          requirement:
            "Partner has the ability to monitor their own internal systems to ensure that the customer services are not compromised by internal failures, and that there are reasonable and tested processes to respond to internal outages and failures. This should cover depth of failure and include disaster management for complete data and infrastructure loss or compromise.",
          evidence: [
            "Evidence must be in the form of process documentation that addresses the above, as well as results of a business continuity test performed within the last 12 months.",
            "Additional evidence may be in the form of industry certification related to business continuity management (e.g., ISO 22301).",
          ],
          points: { met: 20, notMet: 0 },
          rules: [
            {
              kind: "max-age",
              subject: "Business continuity test performed",
              months: 12,
              required: true,
              source: "results of a business continuity test performed within the last 12 months",
            },
          ],
          notes: [{ field: "points", reason: "The subtract value is printed '+0'; read as 0." }],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "9.0",
      title: "Service Desk Operations and Customer Support",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "9.1",
          title: "Customer Service Availability",
          requirement:
            "Partner provides 24x7 customer service available over multiple communication means; may be a staffed 24x7 call center or 8x5 service with after-hours support (e.g., pager/alert support after-hours on a rotational basis).",
          evidence: [
            "Partner must explain or show how customer service is provided; if Partner does not maintain a staffed call center on a 24-hour basis, there must be documented procedures for after hours, weekend, and holiday support.",
            "Evidence may be in the form of current industry certification related to IT Service Management (e.g., ISO 20000) scoped to the Partner’s AWS managed service practice.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "9.2.1",
          title: "Service Desk Operations",
          requirement:
            "Support Priority and Severity levels are defined, documented, and conveyed to customers.",
          evidence: [
            "Partner must provide documentation defining support priority and severity levels, and must explain or show how this information is communicated to customers.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 20, notMet: 0 },
          notes: [
            {
              field: "points",
              reason:
                "Its two values are extracted apart ('+20' after the 9.2.1 row text, '0' after the 9.4 label) while 9.3.1's '-200 0' is printed inline and 9.3.2-9.5 have 7 pairs of their own; the stray 0 / +20 pair is the only one left for 9.2.1.",
            },
          ],
        },
        {
          id: "9.3.1",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nEvent/Incident ticket creation and escalation.`,
          evidence: ["Partner must show how event/incident tickets are created and escalated."],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.3.2",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nImmediate logging and time stamping of tickets.`,
          evidence: [
            "Partner must provide evidence of immediate logging and time stamping of tickets.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.3.3",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nDocumented escalation process for escalating to AWS Support, including flowchart of process, timeframes for escalating to AWS, definition of the types of cases that get escalated with defined criteria, and closed loop process to ensure smooth handoff and ticket resolution.`,
          evidence: [
            "Partner must provide a documented escalation process addressing the above requirements.",
          ],
          points: { met: 20, notMet: 0 },
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.3.4",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nEscalation process provides automated escalation alerts.`,
          evidence: ["Partner must demonstrate how automated escalations occur."],
          points: { met: 20, notMet: 0 },
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.3.5",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nTicketing system has integration with AWS Support Center. Valid examples include direct Support API integration, parsing of e-mail responses, or other documented and tested methods.`,
          evidence: [
            "Partner must demonstrate technology integration of their ticketing system with AWS Support Center or must provide evidence of documentation and testing of an equivalent method.",
          ],
          points: { met: 40, notMet: 0 },
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.3.6",
          title: "Ticketing System",
          requirement: `${TICKETING_LEAD}\nVerification by customer that the case has been closed satisfactorily.`,
          evidence: [
            "Partner must provide evidence of customer verification of case closure, e.g., by providing examples of closed cases that have been customer approved.",
          ],
          points: { met: 20, notMet: 0 },
          notes: [TICKETING_NOTE],
        },
        {
          id: "9.4",
          title: "AWS-Specific Support Metrics",
          requirement:
            "Partner tracks cases escalated to AWS support, and provides regular reviews with team to share lessons learned, leveraging information obtained from those meetings for improving Partner’s internal knowledge base.",
          points: { met: 40, notMet: 0 },
          notes: [
            {
              field: "evidence",
              reason: "The row prints no evidence statement.",
            },
          ],
        },
        {
          id: "9.5",
          title: "Proactive Monitoring and Alerting",
          requirement:
            "Partner has systems, tools, or applications capable of monitoring the performance of all AWS services that are part of the customer’s managed service agreement.\n\nProactive Monitoring looks for patterns of events to predict possible future failures. (ITIL Service Operation)\nThe monitoring and alerting functionality must also be accompanied by corresponding service desk functionality to take action on events/alerts according to SLAs/contractual obligations.\nPartners should show their capabilities within the following categories :\nInfrastructure monitoring, some examples include:\n• Amazon CloudWatch out-of-the-box metrics for AWS monitoring, alerting, and automated provisioning\n• Amazon CloudWatch custom metrics for Application monitoring, alerting, and automated provisioning\n• Other 3rd party AWS infrastructure monitoring tools\nService monitoring, some examples include:\n• Operating system monitoring tools for OS-level monitoring\n• Application monitoring tools for Application-level monitoring\n• Simulated transaction monitoring tools for end-to-end system monitoring",
          evidence: [
            "Evidence must be in the form of a technology demonstration of tooling used to carry out proactive monitoring and alerting.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "9.6.1",
          title: "Next Generation Monitoring Capabilities",
          requirement:
            "Partner must implement service intelligence monitoring capabilities which gather intelligence from heterogeneous monitoring and logging sources.\n\nOne of the values a next-generation MSP brings to customers is their ability to manage AWS workloads which, if designed correctly, are dynamic, highly automated environments that can scale up down according to demand. To be effective, next gen MSPs must use new technologies that give visibility into the full environment, including application performance. Furthermore, given the dynamic and highly automated nature of AWS workloads, MSPs should leverage monitoring tools that scale instantly to adjust to changes in workloads being monitored.",
          evidence: [
            "Evidence should be in the form of a technology demonstration with a customer use case.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "9.6.2",
          title: "Next Generation Monitoring Capabilities",
          requirement:
            "The monitoring solution used by Partner should have the ability to use statistical analysis algorithms to identify outliers or anomalies in metrics to generate alerts rather than defined thresholds. These can identify patterns in a single metric over time, or compare a metric for a single member of a cluster against other member nodes to identify unhealthy resources for replacement before an incident occurs.",
          evidence: [
            "Evidence should be in the form of a technology demonstration of 2 customer use cases.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          distinctEvidence: true,
        },
        {
          id: "9.6.3",
          title: "Next Generation Monitoring Capabilities",
          requirement:
            "The solution should apply machine learning capabilities to monitoring and log data. Monitoring machine learning solutions can be used in a predictive fashion, identifying trends in data to trigger actions prior to an anomaly or threshold breach being detected. In logging, machine learning solutions can provide suggestions to operators investigating root cause of an incident by surfacing related log events from across an application landscape, while accepting feedback from the operator on the relevance of the data.",
          evidence: [
            "Evidence should be in the form of a technology demonstration of 2 customer use cases.",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          distinctEvidence: true,
        },
        {
          id: "9.7",
          title: "Service Intelligence Reporting and Dashboards for Customers",
          requirement:
            "Partner provides customer with dashboard and advanced reporting capabilities that showcase a service-intelligence approach to monitoring, as opposed to more traditional threshold based monitoring and handling of events and incidents.\n\nDashboards should provide comprehensive full-stack visibility in real-time, while also offering historical analysis and trending.",
          evidence: [
            "Evidence must be in the form of dashboards and reporting for current or past customers.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "9.8.1",
          title: "Continuous Compliance",
          requirement:
            "Next-generation MSPs adopt a continuous approach to managing and monitoring compliance, both as it relates to new policies, audit requirements, and non-compliant changes within the environment.\nPartner provides continuous compliance solutions to their customers which apply to AWS managed resources. Examples include use of AWS CloudTrail or AWS Config to monitor changes to network configuration, access by IAM principals, or EBS encryption settings to ensure the system remains within policy.",
          evidence: [CONTINUOUS_COMPLIANCE_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
        {
          id: "9.8.2",
          title: "Continuous Compliance",
          requirement:
            "Partner provides continuous compliance solutions to their customers to ensure compliance of resource level controls. Examples include ensuring CIS hardened instances remain hardened after deployment and maintaining log and configuration file integrity.",
          evidence: [CONTINUOUS_COMPLIANCE_EVIDENCE],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
        {
          id: "9.9.1",
          title: "Event Management",
          requirement:
            "Partner has a process for detecting, categorizing, and taking action on all events.\nEvents are generally:\n• Informational in nature (and should be logged)\n• Related to warnings (and should create alerts)\n• Exception-based; dealing with something acting out of normal pattern (and should trigger an incident)\nAn event is defined as a change of state that has significance for the management of an IT service or other configuration item. The term is also used to mean an alert or notification created by any IT service, configuration item or monitoring tool. Events typically require IT operations personnel to take actions, and often lead to incidents being logged. Event management is the process responsible for managing events throughout their lifecycle. (ITIL Service Operation)",
          evidence: [
            "Evidence must be in the form of a demonstration as to how events are handled through the appropriate processes with process documentation if applicable.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "9.9.2",
          title: "Event Management",
          requirement:
            "Partner can demonstrate the ability to programmatically add value to customers’ operations by differentiating between monitoring events that require customer engagement and those that don’t.",
          evidence: [
            "Partner must provide an example of filtering and sending event information to customers.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "9.10.1",
          title: "Incident Management",
          requirement:
            "Partner has documented incident management processes, including:\n• How incidents are identified\n• How incidents are logged\n• How incidents are categorized\n• How incidents are prioritized\n• How incidents are investigated and diagnosed\n• How incidents are resolved\n• How incidents are closed\nAn incident is an unplanned interruption to an IT service or reduction in the quality of an IT service. Failure of a configuration item that has not yet affected service is also an incident – for example, failure of one disk from a mirror set. Incident management is the process responsible for managing the lifecycle of all incidents. Incident management ensures that normal service operation is restored as quickly as possible and the business impact is minimized.",
          evidence: [
            "Partner must provide evidence of a documented incident management process that addresses the above requirements; an example must be provided.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "9.10.2",
          title: "Incident Management",
          requirement:
            "Partner has a defined process to communicate updates. Communication methods, frequency, and medium are based upon predefined SLAs, overarching impact to the business and/or incident severity.\nPartner has a process for customers to update open incidents, with the ability for Partner personnel to respond according to procedures.",
          evidence: [
            "Evidence must be in the form of process documentation and a customer sample.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "9.11.1",
          title: "Problem Management",
          requirement:
            "Partner has a documented process for problem management encompassing incidents with no known or available resolution or those that are proactively identified based on performance trending or monitoring.\n\nA problem is defined as a cause of one or more incidents. The cause is not usually known at the time a problem record is created, and the problem management process is responsible for further investigation. Problem management is the process responsible for managing the lifecycle of all problems. Problem management proactively prevents incidents from happening and minimizes the impact of incidents that cannot be prevented. (ITIL Service Operation)",
          evidence: [
            "Evidence must be in the form of examples where incidents were handed off or were proactively identified based on performance trending/monitoring/pattern analysis.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "9.11.2",
          title: "Problem Management",
          requirement:
            "Partner has the ability to identify and document root causes, and store in a Known Error Database that is searchable by appropriate support personnel.\nA Known Error Database (KEDB) is a database containing all known error records. This database is created by problem management and used by incident and problem management. The known error database may be part of the configuration management system, or may be stored elsewhere in the service knowledge management system. (ITL Service Operation)",
          evidence: [
            "Evidence must be in the form of problems that were identified, logged, analyzed, and subsequently entered into the Known Errors Database.",
            "Partner must demonstrate that the database is searchable; may be a simple Excel file or a more sophisticated tool.",
            ISO_20000_ALTERNATIVE,
          ],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "9.12",
          title: "Asset Management",
          requirement:
            "Partner has a strategy for tracking and managing its AWS deployed assets.\nAn asset is defined as any resource or capability that could contribute to the delivery of a service. A generic activity or process responsible for tracking and reporting the value and ownership of assets throughout their lifecycle. (ITIL Service Strategy/Service Transition)\nPartner’s asset management strategy answers the following questions:\n• Is your organization leveraging AWS provided instance and service-specific metadata as part of its asset management strategy?\n• Is your organization leveraging custom resource tags to track and identify AWS resources?\n• Does your organization have a resource tagging strategy?\n• How will AWS assets be integrated with internal asset management systems?\n" +
            OPERATIONAL_CHECKLISTS_MORE,
          evidence: ["Evidence must be in the form of a technology demonstration."],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "9.13.1",
          title: "Configuration and Change Management",
          requirement:
            "Partner has configuration and change management processes. Processes address the following questions specific to the AWS business:\n• How will your organization manage server images (AMIs)?\n• Will instances be automatically configured at launch or manually configured later?\n• How will patches and upgrades be applied?\n• Will applications be managed as homogeneous fleets?\n• How will your organization manage changes to OS hardening baselines, configure security groups or OS firewalls, and monitor their instances for intrusions or unauthorized changes?\n" +
            OPERATIONAL_CHECKLISTS_MORE,
          evidence: [
            "Evidence must be in the form of a technology demonstration of a change against a test or pseudo-production environment and a review of policy or process documents.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "9.13.2",
          title: "Configuration and Change Management",
          requirement: "The change management process includes a change rollback process.",
          evidence: [
            "Evidence must be in the form of a technology demonstration and documented change management process that addresses change rollback; an example must be provided.",
          ],
          points: { met: 20, notMet: 0 },
        },
        {
          id: "9.13.3",
          title: "Configuration and Change Management",
          requirement:
            "Configuration Management Database (CMDB) is highly recommended.\nA Configuration Management Database is a database used to store configuration records throughout their lifecycle. (ITIL Service Transition)",
          evidence: [
            "Evidence must be in the form of a demonstrable Configuration Management Database.",
          ],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "9.14",
          title: "Release and Deployment Management",
          requirement:
            "Partner has application release and deployment management processes.\nRelease and deployment management is defined as the process responsible for planning, scheduling and controlling the build, test and deployment of releases, and for delivering new functionality required by the business while protecting the integrity of existing services. (ITIL Service Transition)\nIn the cloud, the traditional lines between infrastructure changes and application deployments can be blurred, if not completely erased. Continual integration and continual deployment mechanisms are broadly supported and recommended for cloud application and infrastructure deployments.\nIn addition to traditional code development, testing, and versioning concepts, organizations should also consider the following cloud integration points for application releases or deployments:\n• What software release and deployment process or methodology will your organization leverage?\n• How does your practice enable self-service or managed CI/CD pipelines?\n• Will weighted load distribution patterns be used to intentionally deploy, test, migrate, and roll-out or roll-back new application releases?\n• How does your organization leverage infrastructure boot-strapping and application deployment tools to more quickly and effectively introduce or roll-back changes?\n• How can your organization make its applications more infrastructure-aware so applications can become active participants in making the infrastructure changes required to support a specific software release or deployment?",
          evidence: [
            "To meet this standard, Partner should show how they enable customer application deployment and release management as either a self-service continuous integration and continuous deployment pipeline endpoint or a managed function.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "9.15.1",
          title: "DevOps Release and Deployment Practices",
          requirement:
            "Partner has infrastructure release and deployment management processes. Infrastructure release and deployment should utilize a highly configurable, reusable and repeatable mechanism for defining, customizing, provisioning and updating customer operating environment and infrastructure stacks.",
          evidence: [
            "To meet this standard, Partner should show how they enable infrastructure deployment and release management with a repeatable and reusable mechanism that ensures accurate deployment of designed operating environments and infrastructure stacks. Partner should also demonstrate how updates to existing operating environments and infrastructure stacks are performed through the infrastructure and deployment management process.",
            "Evidence must be in the form of a technology demonstration and process documentation that addresses the above, and one customer example.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
        },
        {
          id: "9.15.2",
          title: "DevOps Release and Deployment Practices",
          requirement:
            "Partner has been successfully audited and has attained the AWS DevOps Competency.",
          evidence: [
            "Evidence must be in the form of acceptance into the AWS DevOps Competency program.",
            "DevOps Competency requirements may be audited as part of current practice review; points will be granted on acceptance.",
          ],
          points: { met: 10, notMet: 0 },
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "10.0",
      title: "Service Level Agreements",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "10.1",
          title: "Foundational SLAs",
          requirement:
            "Partner has foundational SLAs. Foundational SLAs are those that relate to response times, actions, and notifications by Partner to their customers.\n\nSLAs may include response times when customer opens ticket/initiates request, time from event or incident trigger to remediation, and turnaround time for customer initiated changes/requests.",
          evidence: [
            "Evidence must be in the form of SLA documentation and supporting processes and metrics.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
        },
        {
          id: "10.2",
          title: "Workload or Solution-Specific SLAs",
          requirement:
            "Partner has SLAs based on the customer workloads operating in the AWS cloud, such as infrastructure SLAs beyond AWS Service SLAs as well as SLAs driven by business outcomes.",
          evidence: [
            "Evidence must be in the form of SLA documentation and supporting processes and metrics.",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "11.0",
      title: "Customer Obsession",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "11.1.1",
          title: "Customer Satisfaction",
          requirement:
            "Partner has the ability to objectively capture customer satisfaction data. This is done via formal survey process, contact-based surveys (after customer case is closed) or as part of customer review meetings.",
          evidence: ["Evidence must be in the form of documentation of feedback collected."],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
          notes: [
            {
              field: "points",
              reason: `${SECTION_11_POINTS_NOTE} +20 is the value that makes the add points of the checklist total exactly 1000 (with 4.1-4.2.3 at +10 each), and it matches 1.5, the employee-satisfaction twin of this row ('objectively capture ... satisfaction data ... via formal survey process'), which is 0 / +20. Not certain: if the lost value were the first '-200' (11.1.1 = -200 / 0), section 4's lost values would have to add up to 20 more.`,
            },
          ],
        },
        {
          id: "11.1.2",
          title: "Customer Satisfaction",
          requirement:
            "Partner has a process for following up on low-scores or customer dissatisfaction and document resolution.",
          evidence: [
            "Evidence must be in the form of a low-score follow up process and a customer example showing where this process was used.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          notes: [{ field: "points", reason: SECTION_11_POINTS_NOTE }],
        },
        {
          id: "11.2.1",
          title: "Customer Review",
          requirement:
            "Partner has regular customer review meetings to discuss the performance of their services/SLAs and to share reports with the customer. The purpose is to ensure customers understand the value of a managed solution; particularly since proactive services that work well may appear unnecessary to an end customer.",
          evidence: [
            "Evidence must be in the form of documentation from a customer review meeting (may be same example used above), complete with recommendations and reports provided to customer.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          notes: [{ field: "points", reason: SECTION_11_POINTS_NOTE }],
        },
        {
          id: "11.2.2",
          title: "Customer Review",
          requirement:
            "Partner regularly assesses customer infrastructure cost and highlights opportunities to optimize these costs to their customers through reporting.",
          evidence: [
            "Evidence must be in the form of documentation from a customer review meeting (may be same example used above), including evidence that recommendations for infrastructure cost optimization were provided, e.g., using the Detailed Billing report.",
          ],
          points: { met: 0, notMet: -200 },
          mandatory: true,
          renewalReviewed: true,
          notes: [{ field: "points", reason: SECTION_11_POINTS_NOTE }],
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "12.0",
      title: "Service Reporting",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "12.1",
          title: "Incident Management Reports",
          requirement:
            "Partner provides reports detailing the current work activities to correct incidents; metrics on the management of incidents, such as number of incidents, average time to resolve, common causes identified.",
          evidence: [SAMPLE_REPORTS_EVIDENCE],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "12.2",
          title: "Non-Service Affecting Incident Reports",
          requirement:
            "Partner maintains non-service affecting incident reports: Includes incidents where action was taken to proactively re-route, new services provisioned according to automated triggers, etc.",
          evidence: [SAMPLE_REPORTS_EVIDENCE],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "12.3",
          title: "Performance Analysis Reports",
          requirement:
            "Partner provides historical performance analysis. This would typically be available over a number of sample periods (daily, weekly, monthly) and would include data to allow the customer to understand how the overall service is performing, e.g., how much traffic is being generated by a particular application.",
          evidence: [SAMPLE_REPORTS_EVIDENCE],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "12.4",
          title: "Asset/Resource Reports",
          requirement:
            "Partner provides reports of assets/resources under management for the customer.",
          evidence: [SAMPLE_REPORTS_EVIDENCE],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "12.5",
          title: "Exception Reports",
          requirement:
            "Partner provides reports generated by customer-specified thresholds or ranges; provides ability for customers to self-select parameters on individual devices and determine thresholds for the raising of exception reports.",
          evidence: [SAMPLE_REPORTS_EVIDENCE],
          points: { met: 10, notMet: 0 },
        },
        {
          id: "12.6",
          title: "Web-Accessible Reports",
          requirement: "Partners make customer reports accessible via the web or web portal.",
          evidence: [
            "Evidence must be in the form of a web portal or customer accessible repository.",
          ],
          points: { met: 10, notMet: 0 },
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "13.0",
      title: "Internal Process Optimization",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "13.1",
          title: "Internal Process Optimization",
          requirement:
            "Partner has established a regular cadence to review internal performance, and provide recommendations for improvement. Internal optimization involves looking for efficiencies within the Partner’s operations that result in financial efficiencies, process efficiencies, and/or greater customer satisfaction.",
          evidence: [
            "Evidence must be in the form of explanation of internal review cadence, and any efficiencies implemented as part of the process (e.g., billing alerts, etc.).",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
        {
          id: "13.2",
          title: "Automation Optimization Process",
          requirement:
            "Partner has a process for tracking automated vs manual recovery activities and regularly reviews these for opportunities to reduce manual processes.",
          evidence: [
            "Evidence must be in the form of explanation of internal review cadence, and any efficiencies implemented as part of the process (e.g., new automated resolution practices, etc.).",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
      ],
    },
    // ------------------------------------------------------------------------------------------------------------
    {
      id: "14.0",
      title: "SLA Optimization",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "14.1",
          title: "SLA Optimization",
          requirement:
            "Partner takes actions to continually improve performance to objectives. Evidence of continual improvement includes records of actions taken to improve performance, particularly when established objectives are not being met.",
          evidence: [
            "Evidence must be in the form of explanation and any examples where improvements were identified and implemented.",
          ],
          points: { met: 20, notMet: 0 },
          renewalReviewed: true,
        },
      ],
    },
  ],
};
