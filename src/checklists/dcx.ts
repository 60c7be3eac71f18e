/**
 * AWS Digital Customer Experience (DCX) Competency Technology Partner Validation Checklist (August 2018, version
 * 2.0), transcribed from the extracted text in /work/shared/seeds/001_174d718da3c5ac70.txt. Data only.
 */
import type { ChecklistInput } from "./schema";

const FEATURE_EVIDENCE =
  "Documentation describing how the APN Partner solution meets the requirement, submitted as part of the competency self-assessment";

export const dcx: ChecklistInput = {
  id: "dcx",
  program: "AWS Digital Customer Experience Competency",
  title: "AWS Digital Customer Experience Competency Technology Partner Validation Checklist",
  version: "2.0",
  published: "2018-08",
  validity: null,
  submission: {
    method: "email",
    email: "competency-checklist@amazon.com",
    subject: "[APN Partner Name], DCX Competency Technology Partner Completed Self-Assessment",
    instructions:
      "Complete the Partner Self-Assessment column of this checklist. To submit your application: " +
      "1. Log in to APN Partner Central (https://partnercentral.aws.partner.com/) as Alliance Lead. " +
      "2. Select “View My APN Account” from the left side of the page. " +
      "3. Scroll to the “Program Details” section. " +
      "4. Select “Update” next to the AWS Competency you wish to apply for. " +
      "5. Fill out the Program Application and click “Submit”. " +
      "6. Email the completed Self-Assessment to competency-checklist@amazon.com. The Self-Assessment must include: " +
      "the Category of the solution (Content Management, Marketing Automation, Digital Commerce, or Customer 360); " +
      "the type of Deployment (Multi-tenant SaaS, Single-tenant SaaS, Managed Service or Customer Deployed); " +
      "documentation for the four Case Studies. " +
      "Use the email subject line “[APN Partner Name], DCX Competency Technology Partner Completed Self-Assessment.” " +
      "It is recommended that the Partner Solutions Architect, PDR or PDM reviews the completed self-assessment before it is submitted.",
  },
  caseStudies: {
    count: 4,
    publicCount: 2,
    text:
      "APN Partner must have four (4) Case Studies specific to a single Digital Customer Experience solution under review. " +
      "Each of the four Case Studies must relate to an example of the Partner Solution being used in one of the four Segment Categories (Content Management, Marketing Automation, Digital Commerce, Customer 360). " +
      "Two (2) of the four (4) customer deployments associated with the Case Studies must be publicized by the APN Partner as publicly available case studies. " +
      "Case Studies must describe deployments that have been performed within the past 18 months and must be for projects that are in production with customers, rather than in a 'pilot' or proof of concept stage.",
  },
  scopeQuestions: ["deliveryCategory", "dcxSegment", "plannedSubmissionDate", "caseStudyCount"],
  scoring: null,
  notes: [
    {
      field: "submission",
      reason:
        "The application itself is filed in APN Partner Central (steps 1-5) but the completed self-assessment is emailed to competency-checklist@amazon.com (step 6 and prerequisite 5.1), so the method is email. The subject is the one prerequisite 5.1 prints, keeping its placeholder and dropping the closing period that sits inside the quotation marks.",
    },
    {
      field: "sections.features",
      reason:
        "The DCX Category Feature Requirements table prints no ids: the features carry stable ids CM-1..CM-7, MA-1..MA-5, DC-1..DC-6 and C360-1..C360-6 in printed order, in part “requirements” (they cannot collide with the numeric technical ids). Their titles are editorial summaries; the requirement text is as printed, including its “(required)” / “(optional)” marker.",
    },
    {
      field: "sections.features.segments",
      reason:
        "The extraction prints the segment labels “Marketing Automation” and “Digital Commerce” one row too early: beside “Workflow management of editing, approving, and releasing digital content” (a Content Management feature) and beside “Trigger and/or rule-based actions for automating the delivery of campaigns …” (a Marketing Automation feature). Every segment's block opens with a “Use AWS infrastructure to securely and reliably store …” row (the Customer 360 label sits correctly on its own), so the rows are assigned by that structure and by their wording: Content Management 7 rows, Marketing Automation 5, Digital Commerce 6, Customer 360 6.",
    },
    {
      field: "sections.req-1.0",
      reason:
        "Security numbering skips 1.6 (1.5 is followed by 1.7); ids are kept as printed and no control is invented for 1.6.",
    },
    {
      field: "sections.perCaseStudy",
      reason:
        "The Required Documentation row “Completed Validation Checklist” asks, for each of the four Case Studies, a completed checklist indicating which items are met, and prerequisite 2.1 removes a Case Study from consideration if any checklist item is not met; the Security, Reliability and Operational Excellence controls are therefore answered per case study with roll-up “every”. 3.3 (Business Support on at least one of the partner's AWS accounts) is about the partner, not the case study, and is answered once.",
    },
    {
      field: "title",
      reason:
        "The table of contents and the technical section heading print “DXC Technical Requirements” (typo for DCX); the checklist title is the cover title.",
    },
  ],
  sections: [
    {
      id: "prereq-1.0",
      title: "APN Program Membership",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "1.1",
          title: "Technology Partner Tier",
          requirement:
            "APN Partner must be an Advanced Tier APN Technology Partner before applying to the Digital Customer Experience Competency (DCX) Program.",
        },
        {
          id: "1.2",
          title: "Solution Category",
          requirement:
            "APN Partner to identify the DCX Segment Category for their solution:\n" +
            "☐ Content Management\n☐ Marketing Automation\n☐ Digital Commerce\n☐ Customer 360\n" +
            "APN Partner to identify the Delivery Category for their solution:\n" +
            "☐ Multi-tenant SaaS\n☐ Single-tenant SaaS\n☐ Managed Service\n☐ Customer-Deployed",
          response: "value",
          responseLabel: "DCX segment category and delivery category",
        },
        {
          id: "1.3",
          title: "Customer Adoption",
          requirement:
            "APN Partner to describe total number of customers leveraging their solution.",
          response: "value",
          responseLabel: "Number of customers",
        },
      ],
    },
    {
      id: "prereq-2.0",
      title: "Case Studies",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "2.1",
          title: "DCX-Specific Case Studies",
          requirement:
            "APN Partner must have four (4) Case Studies specific to a single Digital Customer Experience solution under review. Each of the four Case Studies must relate to an example of the Partner Solution being used in one of the four Segment Categories (Content Management, Marketing Automation, Digital Commerce, Customer 360).\n" +
            "For each Case Study, the APN Partner must provide the following information:\n" +
            "▪ Name of the customer\n" +
            "▪ Customer challenge\n" +
            "▪ How the solution was deployed to meet the challenge\n" +
            "▪ Third party applications or solutions used\n" +
            "▪ Date the reference entered production\n" +
            "▪ Outcome(s)/results\n" +
            "▪ Specific Architecture Diagrams, Deployment Guides and other materials depending on the type of solution, as described in the next section.\n" +
            "This information will be requested as part of the Program Application process in APN Partner Central. The information provided as part of this Case Study can be private and will not be made public.\n" +
            "All four of the Case Studies provided will be examined in the Documentation Review of the Technical Validation. The Case Study will be removed from consideration for inclusion in the Competency if the Partner cannot provide the documentation necessary to assess the Case Study against each checklist item, or if there were any of the checklist items are not met.\n" +
            "Case Studies must describe deployments that have been performed within the past 18 months and must be for projects that are in production with customers, rather than in a 'pilot' or proof of concept stage.",
          evidence: [
            "Name of the customer",
            "Customer challenge",
            "How the solution was deployed to meet the challenge",
            "Third party applications or solutions used",
            "Date the reference entered production",
            "Outcome(s)/results",
            "Specific Architecture Diagrams, Deployment Guides and other materials depending on the type of solution",
          ],
          perCaseStudy: { rollup: "every" },
          distinctEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Case study deployment performed (entered production)",
              months: 18,
              required: true,
              source:
                "Case Studies must describe deployments that have been performed within the past 18 months",
            },
          ],
          notes: [
            {
              field: "requirement",
              reason:
                "“Each of the four Case Studies must relate to an example of the Partner Solution being used in one of the four Segment Categories” can be read as “each in some segment” or as “each in the segment applied for”; the schema has no per-case-study segment field, so this is left to the reviewer.",
            },
            {
              field: "distinctEvidence",
              reason:
                "Four Case Studies are required, so the same case study cannot count twice; the text does not say in so many words that the four customers must differ.",
            },
            {
              field: "rules",
              reason:
                "The 18-month window is read against the date the deployment was performed, i.e. the “Date the reference entered production” each case study must give.",
            },
          ],
        },
        {
          id: "2.2",
          title: "Publicly Available Case Studies",
          requirement:
            "Publicly available case studies are used by AWS upon approval into the Competency to showcase the Partner's demonstrated success based on measurable KPIs with the solution and provide customers with confidence that the APN Partner has the experience and knowledge needed to develop and deliver solutions to meet their objectives.\n" +
            "Two (2) of the four (4) customer deployments associated with the Case Studies must be publicized by the APN Partner as publicly available case studies. These publicly available case studies may in the form of formal case studies, white papers, videos, or blog posts.\n" +
            "Publicly available case studies must be easily discoverable from the APN Partner’s website, e.g. it must be possible to navigate to the publicly available case study from the Partner’s home page, and the APN Partner must provide links to these publicly available case studies in their application.\n" +
            "Publicly available case studies must include the following:\n" +
            "▪ References to the customer name, APN Partner name, and AWS\n" +
            "▪ Customer challenge\n" +
            "▪ How the solution was deployed to meet the challenge\n" +
            "▪ How AWS services were used as part of the solution\n" +
            "▪ Outcome(s)/results",
          evidence: [
            "Links to the two publicly available case studies, discoverable from the APN Partner’s home page",
            "References to the customer name, APN Partner name, and AWS",
            "Customer challenge",
            "How the solution was deployed to meet the challenge",
            "How AWS services were used as part of the solution",
            "Outcome(s)/results",
          ],
          publicEvidence: true,
          distinctEvidence: true,
          notes: [
            {
              field: "perCaseStudy",
              reason:
                "Two of the four case studies must be public. The roll-ups are “every” and “at-least-one”; neither is “at least two”, so perCaseStudy is left null and the count is carried by caseStudies.publicCount = 2.",
            },
          ],
        },
      ],
    },
    {
      id: "prereq-3.0",
      title: "AWS DCX Web Presence and Thought Leadership",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "3.1",
          title: "Partner AWS Landing Page",
          requirement:
            "An APN Partner’s internet presence specific to their AWS DCX Solutions provides customers with confidence about the APN Partner’s DCX capabilities and experience.\n" +
            "APN Partner must have an AWS Landing Page that describes their AWS DCX solution, links to their publicly available case studies, lists technology partnerships, and provides any other relevant information supporting the Partner’s expertise related to DCX and highlighting the partnership with AWS.\n" +
            "This AWS-specific DCX page must be accessible from the APN Partner’s home page. The home page itself is not acceptable as an AWS Landing Page unless APN Partner is a dedicated DCX Technology company and home page reflects APN Partner’s focus on DCX.",
          evidence: [
            "Link to the AWS-specific DCX landing page, accessible from the APN Partner’s home page",
          ],
          publicEvidence: true,
        },
        {
          id: "3.2",
          title: "DCX Thought Leadership",
          requirement:
            "AWS DCX Competency Partners are viewed as having deep domain expertise in DCX, having developed innovative solutions that leverage AWS services.\n" +
            "APN Partner must have public-facing materials (e.g., blog posts, press articles, videos, etc.) showcasing the APN Partner’s focus on and expertise in DCX. Links must be provided to examples of materials published within the last 12 months.",
          evidence: [
            "Links to public-facing materials (blog posts, press articles, videos, etc.) published within the last 12 months",
          ],
          publicEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Thought leadership material published",
              months: 12,
              required: true,
              source:
                "Links must be provided to examples of materials published within the last 12 months.",
            },
          ],
        },
      ],
    },
    {
      id: "prereq-4.0",
      title: "Business Requirements",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "4.1",
          title: "Field-Ready Toolkits",
          requirement:
            "APN Partner has field-ready documentation and seller toolkits including a clear product value proposition that can be articulated to the AWS sales organization with all relevant information needed to determine fit for a customer opportunity (e.g., sales collateral, presentation, and customer use cases).\n" +
            "Evidence must be in the form of sales collateral including a presentation, one-pager, and use-case checklist.",
          evidence: ["Presentation", "One-pager", "Use-case checklist"],
        },
        {
          id: "4.2",
          title: "Product Support/Help Desk",
          requirement:
            "APN Partner offers product support via web chat, phone, or email support to customers.\n" +
            "Evidence must be in the form of description of support offered to customers for their product or solution.",
          evidence: ["Description of support offered to customers for their product or solution"],
        },
        {
          id: "4.3",
          title: "Product is listed on AWS Marketplace",
          requirement:
            "APN Partner makes solution available via AWS Marketplace.\n☐ Yes\n☐ No\n" +
            "If “yes”, APN Partner must provide a link to the AWS Marketplace listing. If “no”, no further information is required.",
          evidence: ["Link to the AWS Marketplace listing (if “yes”)"],
          response: "yes-no-explain",
          notes: [
            {
              field: "response",
              reason:
                "Yes / No, with a link when “yes”: yes-no-explain is the closest response kind. “If no, no further information is required” suggests a “No” does not fail the prerequisite; the schema cannot mark an informational (non-gating) question.",
            },
          ],
        },
        {
          id: "4.4",
          title: "Sales Compensation for Joint AWS Deals",
          requirement:
            "APN Partner has sales compensation plans for their sellers on joint opportunities with AWS.\n☐ Yes\n☐ No\n☐ Explain: _____\n" +
            "Evidence must be in the form of brief description of the compensation plan for APN Partner's sellers.",
          evidence: ["Brief description of the compensation plan for APN Partner's sellers"],
          response: "yes-no-explain",
        },
        {
          id: "4.5",
          title: "Joint AWS/Partner Wins",
          requirement:
            "APN Partner has process to document and publicize joint wins. Evidence in the form of verbal description of process.",
          evidence: ["Verbal description of the process to document and publicize joint wins"],
        },
      ],
    },
    {
      id: "prereq-5.0",
      title: "APN Partner Self-Assessment",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "5.1",
          title: "AWS Competency Partner Program Validation Checklist Self-Assessment",
          requirement:
            "APN Partner must conduct a self-assessment of their compliance to the requirements of the AWS DCX Technology Partner Validation Checklist.\n" +
            "▪ APN Partner must complete all sections of the checklist.\n" +
            '▪ Completed self-assessment must be emailed to competency-checklist@amazon.com, using the following convention for the email subject line: "[APN Partner Name], DCX Competency Technology Partner Completed Self-Assessment."\n' +
            "▪ It is recommended that APN Partner has their Partner Solutions Architect, Partner Development Representative (PDR), or Partner Development Manager (PDM) review the completed self-assessment before submitting to AWS. The purpose of this is to ensure the APN Partner's AWS team is engaged and working to provide recommendations prior to the review and to help ensure a productive review experience.",
          evidence: [
            "Completed self-assessment (all sections) emailed to competency-checklist@amazon.com",
            "The Category of the solution (Content Management, Marketing Automation, Digital Commerce, or Customer 360)",
            "The type of Deployment (Multi-tenant SaaS, Single-tenant SaaS, Managed Service or Customer Deployed)",
            "Documentation for the four Case Studies",
          ],
          notes: [
            {
              field: "evidence",
              reason:
                "The last three evidence items come from the submission instructions (“The Self-Assessment must include: …”) in Expectations of Parties, not from the row itself.",
            },
          ],
        },
      ],
    },
    {
      id: "features-content-management",
      title: "DCX Category Feature Requirements: Content Management",
      kind: "category-feature",
      part: "requirements",
      controls: [
        {
          id: "CM-1",
          title: "Secure and reliable storage of digital content on AWS",
          requirement:
            "Use AWS infrastructure to securely and reliably store digital content in the form of text/html, images, video, audio, and program code. See the Security and Reliability pillars of the Well-Architected Framework for architectural requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "required" },
        },
        {
          id: "CM-2",
          title: "Multi-organization user management with role-based access control",
          requirement:
            "Allow multiple users across multiple organizations to securely maintain and manage their digital content. User management tools are provided that allow organizations to add and remove users as well as control their level of access to digital content using role-based access controls. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "required" },
        },
        {
          id: "CM-3",
          title: "Browse and search the digital content repository",
          requirement:
            "Functionality provided to allow users to browse and search their digital content repository. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "required" },
        },
        {
          id: "CM-4",
          title: "Scalable multi-channel content delivery",
          requirement:
            "Scalable and performant implementation of serving digital content to multiple channels via web, streaming, and API interfaces. See the Reliability and Performance pillars of the Well-Architected Framework for architectural requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "required" },
        },
        {
          id: "CM-5",
          title: "CDN and layered acceleration/caching",
          requirement:
            "Typically, a CDN and layered acceleration/caching strategies are employed. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "optional" },
        },
        {
          id: "CM-6",
          title: "Version control and editing history",
          requirement:
            "Version control and editing history tracked for digital content assets. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "optional" },
        },
        {
          id: "CM-7",
          title: "Content workflow management",
          requirement:
            "Workflow management of editing, approving, and releasing digital content. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "content-management": "optional" },
          notes: [
            {
              field: "segments",
              reason:
                "The extraction prints the “Marketing Automation” label beside this row, but it concerns digital content and precedes the “Use AWS infrastructure to securely and reliably store customer data and marketing campaign …” row that opens the Marketing Automation block; assigned to Content Management.",
            },
          ],
        },
      ],
    },
    {
      id: "features-marketing-automation",
      title: "DCX Category Feature Requirements: Marketing Automation",
      kind: "category-feature",
      part: "requirements",
      controls: [
        {
          id: "MA-1",
          title: "Secure and reliable storage of customer and campaign data on AWS",
          requirement:
            "Use AWS infrastructure to securely and reliably store customer data and marketing campaign related assets and tracking data. See the Security and Reliability pillars of the Well-Architected Framework for architectural requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "marketing-automation": "required" },
        },
        {
          id: "MA-2",
          title: "Marketing campaign development and management",
          requirement:
            "Marketing campaign development and management functionality including one or more of: planning, budgeting, collaboration, designing, and scheduling. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "marketing-automation": "required" },
        },
        {
          id: "MA-3",
          title: "Multi-channel campaign delivery and measurement",
          requirement:
            "Support for delivering and measuring marketing campaigns across one or more of the channels: web, mobile, social, email, video/streaming, and voice. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "marketing-automation": "required" },
        },
        {
          id: "MA-4",
          title: "Campaign tracking and analytics",
          requirement:
            "Tracking and analytics of marketing campaign activity and outcomes. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "marketing-automation": "optional" },
        },
        {
          id: "MA-5",
          title: "Trigger and rule-based campaign automation",
          requirement:
            "Trigger and/or rule-based actions for automating the delivery of campaigns and movement through the customer lifecycle. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "marketing-automation": "optional" },
          notes: [
            {
              field: "segments",
              reason:
                "The extraction prints the “Digital Commerce” label beside this row, but it concerns campaign automation and precedes the “Use AWS infrastructure to securely and reliably store product, category, inventory …” row that opens the Digital Commerce block; assigned to Marketing Automation.",
            },
          ],
        },
      ],
    },
    {
      id: "features-digital-commerce",
      title: "DCX Category Feature Requirements: Digital Commerce",
      kind: "category-feature",
      part: "requirements",
      controls: [
        {
          id: "DC-1",
          title: "Secure and reliable storage of commerce data on AWS",
          requirement:
            "Use AWS infrastructure to securely and reliably store product, category, inventory, cart, order, and customer data. See the Security and Reliability pillars of the Well-Architected Framework for architectural requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
        {
          id: "DC-2",
          title: "Catalog search and browsing",
          requirement:
            "Robust catalog search and browsing functionality including support for searching by one or more of: keyword, price, category, promotion/sale, SKU, and custom attributes. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
        {
          id: "DC-3",
          title: "Flexible storefront / front-end",
          requirement:
            "Flexible storefront/front-end implementation that supports one or more of the channels: web, mobile, and API. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
        {
          id: "DC-4",
          title: "Secure checkout and order processing",
          requirement:
            "Secure checkout and order processing in accordance with applicable PCI DSS scope requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
        {
          id: "DC-5",
          title: "Merchant administration interface",
          requirement:
            "Administration interface to allow merchants to securely manage their front-end, product catalog, promotions, and orders. User management tools allow the store administrator to add and remove users as well as their level of access. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
        {
          id: "DC-6",
          title: "Scalable and performant commerce architecture",
          requirement:
            "Scalable and performant architecture that meets the requirements of the Reliability and Performance pillars of the Well-Architected Framework. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "digital-commerce": "required" },
        },
      ],
    },
    {
      id: "features-customer-360",
      title: "DCX Category Feature Requirements: Customer 360",
      kind: "category-feature",
      part: "requirements",
      controls: [
        {
          id: "C360-1",
          title: "Secure and reliable storage of end-customer data on AWS",
          requirement:
            "Use AWS infrastructure to securely and reliably store end-customer data for clients. See the Security and Reliability pillars of the Well-Architected Framework for architectural requirements. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "required" },
        },
        {
          id: "C360-2",
          title: "Robust data ingestion",
          requirement:
            "Robust data ingestion capabilities including support for streaming, transactional, and bulk transports from multiple data sources. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "required" },
        },
        {
          id: "C360-3",
          title: "Single unified customer profile",
          requirement:
            "Able to consume customer interactions across multiple channels and produce a single unified customer profile. Often this requires synthesizing previously anonymous data with a customer profile once the anonymous user's identity becomes known. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "required" },
        },
        {
          id: "C360-4",
          title: "Dynamic customer segmentation",
          requirement:
            "Dynamic customer segmentation capabilities that are controllable by client users and reactive to signals in customer data. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "optional" },
        },
        {
          id: "C360-5",
          title: "Campaign performance, analytics and ROI analysis",
          requirement: "Marketing campaign performance, analytics, and ROI analysis. (optional)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "optional" },
          notes: [
            {
              field: "segments",
              reason:
                "Printed inside the Customer 360 block (after its label); its wording could also fit Marketing Automation, but the Customer 360 category definition lists “campaign performance and attribution … marketing ROI analysis”, so it stays with Customer 360.",
            },
          ],
        },
        {
          id: "C360-6",
          title: "Integration with other platforms",
          requirement:
            "Supports integration with other platforms including one or more of: marketing automation, CRM, customer support, personalization, business intelligence, tag management, and performance management. (required)",
          evidence: [FEATURE_EVIDENCE],
          segments: { "customer-360": "required" },
        },
      ],
    },
    {
      id: "req-documentation",
      title: "Required Documentation",
      kind: "documentation",
      part: "requirements",
      controls: [
        {
          id: "AD",
          title: "Architecture Diagram",
          requirement:
            "Depending on the Deployment Category, one or more Architecture Diagrams are required. Each Architecture Diagram must show:\n" +
            "☐ The major elements of the architecture, and how they combine to provide the Partner Solution to customers\n" +
            "☐ All of the AWS services used, using the appropriate AWS service icons.\n" +
            "☐ How the AWS services are deployed, including, VPCs, AZs, subnets, and connections to systems outside of AWS.\n" +
            "☐ Includes elements deployed outside of AWS, e.g. on-premises components, or hardware devices.",
          evidence: [
            "Architecture diagram for the whole solution (Multi-tenant SaaS and Single-tenant SaaS)",
            "Architecture diagram for each Case Study",
          ],
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "id",
              reason:
                "The document prints no id for the Required Documentation rows; “AD” is a stable id chosen for this one.",
            },
            {
              field: "appliesTo",
              reason:
                "The Applies-to cells differ by category in what they ask, which the schema cannot express: Multi-tenant and Single-tenant SaaS “Yes – one for the whole solution and one for each Case Study”, Managed Service and Customer-Deployed “Yes – one for each Case Study”. The whole-solution diagram is listed as an evidence item.",
            },
          ],
        },
        {
          id: "DG",
          title: "Deployment Guide",
          requirement:
            "The Deployment Guide must provide best practices for deploying the Partner Solution on AWS, and include all of the sections outlined in “Baseline Requirements for Deployment Guides”",
          evidence: ["Deployment Guide for the solution"],
          appliesTo: ["customer-deployed"],
          notes: [
            {
              field: "id",
              reason:
                "The document prints no id for the Required Documentation rows; “DG” is a stable id chosen for this one.",
            },
            {
              field: "appliesTo",
              reason:
                "Printed “No No No Yes – one for the solution.”: only customer-deployed solutions, which customers deploy into their own AWS accounts, need the guide; this matches the text.",
            },
          ],
        },
        {
          id: "CVC",
          title: "Completed Validation Checklist",
          requirement:
            "For each of the four Case Studies provided for the Partner Solution, the APN Partner must provide a completed version of the following checklist indicating which checklist items are met.",
          evidence: ["Completed validation checklist for each of the four Case Studies"],
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "id",
              reason:
                "The document prints no id for the Required Documentation rows; “CVC” is a stable id chosen for this one.",
            },
          ],
        },
      ],
    },
    {
      id: "req-1.0",
      title: "Security",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "1.1",
          title: "AWS account root user is not used for routine activities",
          requirement:
            "The AWS account root user must not be used for routine activities. Following the creation of your AWS account, you should immediately create IAM user accounts, and use these IAM user accounts for all routine activities. Once you IAM users accounts have been created, you should securely store the AWS root account credentials and use them only to perform the few account and service management tasks that require the AWS account root user. For further information on how to set up an IAM user accounts and groups for daily use, see Creating Your First IAM Admin User and Group.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.2",
          title: "Multi-Factor Authentication (MFA) has been enabled on the AWS account root user",
          requirement:
            "MFA must be enabled for your AWS account root user. Because your AWS account root user can perform sensitive operations in your AWS account, adding an additional layer of authentication helps you to better secure your account. Multiple types of MFA are available, including virtual MFA and hardware MFA.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.3",
          title: "IAM user accounts used for all routine activities",
          requirement:
            "The AWS account root user must not be used for any task where it is not required. Instead, create a new IAM user for each person that requires administrator access. Then make those users administrators by placing the users into an Administrators group to which you attach the Administrator Access managed policy. Thereafter, the users in the administrators group should set up the groups, users, and so on, for the AWS account. All future interaction should be through the AWS account's users and their own keys instead of the root user. However, to perform some account and service management tasks, you must log in using the root user credentials.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.4",
          title: "Multi-Factor Authentication (MFA) is enabled for all interactive IAM users",
          requirement:
            "You must enable MFA for all interactive IAM users with access to privileged resources. For example having access to production and the S3 bucket for storing CloudTrail logs. With MFA, users have a device that generates a unique authentication code (a one-time password, or OTP). Users must provide both their normal credentials (user name and password) and the OTP. The MFA device can either be a special piece of hardware, or it can be a virtual device (for example, it can run in an app on a smartphone).",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.5",
          title: "IAM credentials are rotated regularly",
          requirement:
            "You must change your passwords and access keys regularly, and make sure that all IAM users in your account do as well. That way, if a password or access key is compromised without your knowledge, you limit how long the credentials can be used to access your resources. You can apply a password policy to your account to require all your IAM users to rotate their passwords, and you can choose how often they must do so. For more information about rotating access keys for IAM users, see Rotating Access Keys.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "rules",
              reason: "“Regularly” states no period, so no date rule is recorded.",
            },
          ],
        },
        {
          id: "1.7",
          title: "Strong password policy is in place for IAM users",
          requirement:
            "You must configure a strong password policy for your IAM users. If you allow users to change their own passwords, require that they create strong passwords and that they rotate their passwords periodically. On the Account Settings page of the IAM console, you can create a password policy for your account. You can use the password policy to define password requirements, such as minimum length, whether it requires non-alphabetic characters, how frequently it must be rotated, and so on. For more information, see Setting an Account Password Policy for IAM Users.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "id",
              reason:
                "Printed as 1.7 directly after 1.5: the document has no Security 1.6. The id is kept as printed.",
            },
          ],
        },
        {
          id: "1.8",
          title: "IAM credentials are not shared among multiple users",
          requirement:
            "You must create an individual IAM user account for anyone who needs access to your AWS account. Create an IAM user for yourself as well, give that user administrative privileges, and use that IAM user for all your work. By creating individual IAM users for people accessing your account, you can give each IAM user a unique set of security credentials. You can also grant different permissions to each IAM user. If necessary, you can change or revoke an IAM user's permissions any time. (If you give out your root user credentials, it can be difficult to revoke them, and it is impossible to restrict their permissions.)",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.9",
          title: "IAM policies are scoped down to least privilege",
          requirement:
            "You must follow the standard security advice of granting least privilege. This means granting only the permissions required to perform a task. Determine what users need to do and then craft policies for them that let the users perform only those tasks. Start with a minimum set of permissions and grant additional permissions as necessary. Doing so is more secure than starting with permissions that are too lenient and then trying to tighten them later. Defining the right set of permissions requires some research. Determine what is required for the specific task, what actions a particular service supports, and what permissions are required in order to perform those actions.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.10",
          title: "Hard-coded credentials (e.g. access keys) are not used",
          requirement:
            "You must follow best practices for managing AWS access keys and avoid the use of hard-coded credentials. When you access AWS programmatically, you use an access key to verify your identity and the identity of your applications. Anyone who has your access key has the same level of access to your AWS resources that you do. Consequently, AWS goes to significant lengths to protect your access keys, and, in keeping with our shared responsibility model, you should as well.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.11",
          title: "All credentials are encrypted at rest",
          requirement:
            "The baseline requirement is to ensure the encryption of any credentials at rest.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.12",
          title: "AWS Access Keys only used by interactive users",
          requirement:
            "No AWS Access Keys should be in use, except in the following cases: 1. Used by humans to access AWS services, and stored securely on a device controlled by that human. 2. Used by a service to access AWS services, but only in cases where: a) It is not feasible to use an EC2 instance role, ECS Task Role or similar mechanism, b) The AWS Access Keys are rotated at least weekly, and c) The IAM Policy is tightly scoped so that it: i) Allows only access to only specific methods and targets and ii) Restricts access to the subnets on from which the resources will be accessed.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "rules",
              reason:
                "“Rotated at least weekly” (service access keys) is a 7-day age limit; max-age rules count whole months, so the schema cannot express it and no rule is recorded.",
            },
          ],
        },
        {
          id: "1.13",
          title: "CloudTrail is enabled for all AWS accounts in every region",
          requirement:
            "CloudTrail must be enabled on all AWS accounts and in every region. Visibility into your AWS account activity is a key aspect of security and operational best practices. You can use CloudTrail to view, search, download, archive, analyze, and respond to account activity across your AWS infrastructure. You can identify who or what took which action, what resources were acted upon, when the event occurred, and other details to help you analyze and respond to activity in your AWS account.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.14",
          title: "CloudTrail logs are stored in an S3 bucket owned by another AWS account",
          requirement:
            "CloudTrail logs must be stored in an S3 bucket configured with extremely limited access, such as audit and recovery only.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.15",
          title: "CloudTrail S3 log bucket has Versioning or MFA Delete enabled",
          requirement:
            "CloudTrail log bucket contents must be protected with versioning or MFA Delete.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.16",
          title: "EC2 security groups are tightly scoped",
          requirement:
            "All EC2 security groups should restrict access to the greatest degree possible. This includes at least 1. Implementing Security Groups to restrict traffic between Internet and VPC, 2. Implementing Security Groups to restrict traffic within the VPC, and 3. In all cases, allow only the most restrictive possible settings.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.17",
          title: "S3 buckets within your account have appropriate levels of access",
          requirement:
            "You must ensure that the appropriate controls are in place to control access to each S3 bucket. When using AWS, it's best practice to restrict access to your resources to the people that absolutely need it (the principle of least privilege).",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.18",
          title: "S3 buckets have not been misconfigured to allow public access.",
          requirement:
            "You must ensure that buckets that should not allow public access are properly configured to prevent public access. By default, all S3 buckets are private, and can only be accessed by users that have been explicitly granted access. Most use cases won't require broad-ranging public access to read files from your S3 buckets, unless you're using S3 to host public assets (for example, to host images for use on a public website), and its best practice to never open access to the public.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.19",
          title:
            "A monitoring mechanism is in place to detect when S3 buckets or objects become public",
          requirement:
            "You must have monitoring or alerting in place to identify when S3 buckets become public. One option for this is to use Trusted Advisor. Trusted Advisor checks buckets in Amazon Simple Storage Service (Amazon S3) that have open access permissions. Bucket permissions that grant List access to everyone can result in higher than expected charges if objects in the bucket are listed by unintended users at a high frequency. Bucket permissions that grant Upload/Delete access to everyone create potential security vulnerabilities by allowing anyone to add, modify, or remove items in a bucket. The Trusted Advisor check examines explicit bucket permissions and associated bucket policies that might override the bucket permissions.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.20",
          title:
            "A monitoring mechanism is in place to detect changes in EC2 instances and Containers",
          requirement:
            "Any changes to your EC2 instances or Containers may indicate unauthorized activity, and must at a minimum be logged to a durable location to allow for future forensic investigation. The mechanism employed for this purpose must at least: 1. Detect any changes to the OS or application files in the EC2 instances or Containers used in the solution. 2 Store data recording these changes in a durable location, external to the EC2 instance or Container. Examples of suitable mechanisms include: a. Deployment of file integrity checking via scheduled configuration management (e.g. Chef, Puppet, etc.) or a specialized tool (e.g. OSSEC, Tripwire or similar), or b. Extending configuration management tooling to validate EC2 host configuration, and alert on updates to key configuration files or packages with 'canary' (logged no-op) events configured to ensure the service remains operational on all in-scope hosts during runtime, or c. Deploying a Host Intrusion Detection System such as an open source solution like OSSEC with ElasticSearch and Kibana or using a partner solution. Note that the following mechanism does not meet this requirement: a. Frequently cycling EC2 instances or Containers.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.21",
          title: "All data is classified",
          requirement:
            "All customer data processed and stored in the workload is considered and classified to determine its sensitivity and the appropriate methods to use when handling it.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.22",
          title: "All sensitive data is encrypted",
          requirement:
            "All customer data classified as sensitive is encrypted in transit and at rest.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.23",
          title: "Cryptographic keys are managed securely",
          requirement:
            "All cryptographic keys are encrypted at rest and in transit, and access to use the keys is controlled using an AWS solution such as KMS or a partner solution such as HashiCorp Vault.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.24",
          title: "All data in transit is encrypted",
          requirement: "All data in transit across a VPC boundary is encrypted.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "1.25",
          title: "Security incident response process is defined and rehearsed",
          requirement:
            "A security incident response process must be defined for handling incidents such as AWS account compromises. This process must be tested by implementing procedures to rehearse the incident response process, e.g. by completing a security game day exercise. A rehearsal must have been held within the last 12 months to confirm that: a. The appropriate people have access to the environment. b. The appropriate tools are available. c. The appropriate people know what to do to respond to the various security incidents outlined in the plan.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          rules: [
            {
              kind: "max-age",
              subject: "Security incident response rehearsal held",
              months: 12,
              required: true,
              source: "A rehearsal must have been held within the last 12 months",
            },
          ],
        },
        {
          id: "1.26",
          title: "PCI-DSS – Certification or SAQ",
          requirement:
            "For digital commerce applications where cardholder data is present, a process is established to perform an annual assessment of PCI DSS scope for the workload. Based on the scope assessment, PCI DSS certification or SAQ is performed as required. Evidence must be in the form of a Report of Compliance for PCI DSS certification or a completed Self-Assessment Questionnaire (SAQ).",
          evidence: [
            "Report of Compliance for PCI DSS certification, or a completed Self-Assessment Questionnaire (SAQ)",
          ],
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          segments: { "digital-commerce": "required" },
          naAllowed: true,
          perCaseStudy: { rollup: "every" },
          rules: [
            {
              kind: "max-age",
              subject: "PCI DSS scope assessment",
              months: 12,
              required: true,
              source:
                "a process is established to perform an annual assessment of PCI DSS scope for the workload",
            },
          ],
          notes: [
            {
              field: "conditions",
              reason:
                "The condition “For digital commerce applications where cardholder data is present” has no scope flag in the schema (there is no cardholder-data / PCI flag, and conditions cannot name a DCX segment). The segment part is carried by segments = { digital-commerce: required } (a segment not listed does not ask for it); the cardholder-data part by naAllowed (answer N/A where no cardholder data is present).",
            },
            {
              field: "rules",
              reason:
                "“Annual assessment” is read as the latest PCI DSS scope assessment being at most 12 months old.",
            },
          ],
        },
      ],
    },
    {
      id: "req-2.0",
      title: "Reliability",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "2.1",
          title: "Network connectivity is highly available",
          requirement:
            "Network connectivity to the solution must be highly available. If using VPN or Direct Connect to connect to customer networks, the solution must support redundant connections, even if the customers do not always implement this.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "appliesTo",
              reason:
                "Printed Yes for Customer-Deployed, whereas the ATO checklist's equivalent row (3.1) prints No; kept as printed here (supporting redundant connections is a property of the solution's design).",
            },
          ],
        },
        {
          id: "2.2",
          title: "Infrastructure scaling mechanisms align with business requirements",
          requirement:
            "Infrastructure scaling mechanisms must align with business requirements, either by: 1. Implementing auto-scaling mechanisms at each layer of the architecture, by 2. Confirming that current business requirements, including cost requirements and anticipated user growth, do not require auto-scaling mechanisms AND manual scaling procedures are fully documented and frequently tested.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.3",
          title: "AWS and Application logs are managed centrally",
          requirement:
            "All log information from the application, and from the AWS infrastructure, should be consolidated into a single system.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.4",
          title: "AWS and Application monitoring and alarms are managed centrally",
          requirement:
            "The application and the AWS infrastructure must be monitored centrally, with alarms generated and sent to the appropriate operations staff.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.5",
          title: "Infrastructure provisioning and management is automated",
          requirement:
            "The solution must use an automated tool such as CloudFormation or Terraform to provision and manage the AWS infrastructure. The AWS Console must not be used to make routine changes to the production AWS infrastructure.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.6",
          title: "Regular data backups are being performed",
          requirement:
            "You must perform regular backups to a durable storage service. Backups ensure that you have the ability to recover from administrative, logical, or physical error scenarios. Amazon S3 and Amazon Glacier are ideal services for backup and archival. Both are durable, low-cost storage platforms. Both offer unlimited capacity and require no volume or media management as backup data sets grow. The pay-for-what-you-use model and low cost per GB/month make these services a good fit for data protection use cases.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.7",
          title:
            "Recovery mechanisms are being tested on a regular schedule and after significant architectural changes",
          requirement:
            "You must test recovery mechanisms and procedures, both on a periodic basis and after making significant changes to your cloud environment. AWS provides substantial resources to help you manage backup and restore of your data.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "rules",
              reason: "“On a periodic basis” states no period, so no date rule is recorded.",
            },
          ],
        },
        {
          id: "2.8",
          title: "Solution is resilient to availability zone disruption",
          requirement:
            "The solution must continue to operate in the case where all of the services within a single availability zone have been disrupted.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "2.9",
          title: "Resiliency of the solution has been tested",
          requirement:
            "The resiliency of the infrastructure to disruption of a single availability zone has been tested in production, e.g. through a game day exercise, within the last 12 months.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          rules: [
            {
              kind: "max-age",
              subject: "Single-AZ disruption resiliency test in production",
              months: 12,
              required: true,
              source:
                "The resiliency of the infrastructure to disruption of a single availability zone has been tested in production, e.g. through a game day exercise, within the last 12 months.",
            },
          ],
        },
        {
          id: "2.10",
          title: "Disaster Recovery (DR) plan has been defined",
          requirement:
            "A well-defined Disaster Recovery plan includes a Recovery Point Objective (RPO) and a Recovery Time Objective (RTO). You must define an RPO and an RTO for all in-scope services, and the RPO and RTO must align with the SLA you offer to your customers",
          response: "value",
          responseLabel: "RPO and RTO",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          perCaseStudy: { rollup: "every" },
          notes: [
            {
              field: "response",
              reason:
                "The RPO and RTO are both asked; the schema holds one response label, so both are named in it. Their alignment with the SLA is left to the reviewer.",
            },
          ],
        },
        {
          id: "2.11",
          title: "Recovery Time Objective (RTO) is less than 24 hours",
          requirement:
            "The baseline requirement is for the RTO to be less than 24 hours for core services.",
          response: "value",
          responseLabel: "RTO",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          rules: [
            {
              kind: "max-duration",
              subject: "RTO",
              hours: 24,
              source:
                "The baseline requirement is for the RTO to be less than 24 hours for core services.",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "The text says “less than 24 hours” (strict); a max-duration rule has no strict/inclusive flag, so an RTO of exactly 24 hours should be read as not met.",
            },
            {
              field: "appliesTo",
              reason:
                "Printed No for Customer-Deployed although 2.10 (define an RPO and RTO) is Yes for it; kept as printed (the ATO checklist's equivalent row 1.18 prints Yes).",
            },
          ],
        },
        {
          id: "2.12",
          title: "Disaster Recovery (DR) plan is adequately tested",
          requirement:
            "Your DR plan must be tested against your Recovery Point Objective (RPO) and Recovery Time Objective (RTO), both periodically and after major updates. At least one DR test must be completed prior to approval of your AWS APN Advanced Tier application.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
          rules: [
            {
              kind: "min-count",
              subject: "DR test completed",
              count: 1,
              source:
                "At least one DR test must be completed prior to approval of your AWS APN Advanced Tier application.",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "The test must precede approval of the APN Advanced Tier application, a date the scope does not ask; only the count is recorded.",
            },
          ],
        },
      ],
    },
    {
      id: "req-3.0",
      title: "Operational Excellence",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "3.1",
          title: "Deployment of code changes is automated",
          requirement:
            "The solution must use an automated method of deploying code to the AWS infrastructure. Interactive SSH or RDP sessions to must not be used to deploy updates in the AWS infrastructure.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "3.2",
          title: "Runbooks and escalation process are defined",
          requirement:
            "Runbooks must be developed to define the standard procedures used in response to different application and AWS events. An escalation process must be defined to deal with alerts and alarms generated by the system, and to respond to customer-reported incidents. The escalation process must also include escalating to AWS Support where appropriate. Business Support must be enabled.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          perCaseStudy: { rollup: "every" },
        },
        {
          id: "3.3",
          title: "AWS Business Support is enabled for the AWS Account",
          requirement:
            "Business Support (or greater) is an AWS Partner Network requirement for Advanced Tier Technology Partners. To qualify for Advanced Tier, you must enable Business Support on at least one of your AWS accounts.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          notes: [
            {
              field: "perCaseStudy",
              reason:
                "Business Support on “at least one of your AWS accounts” concerns the partner, not a case study's environment, so it is answered once although the Completed Validation Checklist is asked per case study.",
            },
          ],
        },
      ],
    },
  ],
};
