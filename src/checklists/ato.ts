/**
 * ATO on AWS Program Technology Partner Validation Checklist (June 2019, version 1.0), transcribed from the
 * extracted text in /work/shared/seeds/000_d4c80d00ddf63a57.txt. Data only.
 */
import type { ChecklistInput } from "./schema";

export const ato: ChecklistInput = {
  id: "ato",
  program: "ATO on AWS",
  title: "ATO on AWS Program Technology Partner Validation Checklist",
  version: "1.0",
  published: "2019-06",
  validity: null,
  submission: {
    method: "email",
    email: "ATOonAWS@amazon.com",
    subject: "[APN Partner Name], ATO on AWS Program Technology Partner Completed Self-Assessment",
    instructions:
      "Conduct a self-assessment of compliance to the requirements of the ATO on AWS Checklist and complete all sections of the Checklist. " +
      "Email the completed self-assessment to ATOonAWS@amazon.com using the subject line convention " +
      "“[APN Partner Name], ATO on AWS Program Technology Partner Completed Self-Assessment.” " +
      "It is recommended that the APN Partner has their solutions architect or PDM review the completed self-assessment before submitting to AWS. " +
      "The AWS Case Study information is requested as part of the program application process in APN Partner Central.",
  },
  caseStudies: {
    count: 2,
    publicCount: 1,
    text:
      "APN Partner must have two (2) AWS Case Studies specific to a single ATO on AWS solution under review. " +
      "One (1) of the two (2) customer deployments associated with the AWS Case Studies must be publicized by the APN Partner as publicly available case studies. " +
      "References must have been created or updated within the past 18 months, and must be for projects that are in production, rather than in a ‘pilot’ or proof of concept stage.",
  },
  scopeQuestions: ["deliveryCategory", "plannedSubmissionDate", "caseStudyCount"],
  scoring: null,
  notes: [
    {
      field: "version",
      reason:
        "The extracted text starts at the Introduction: the cover page (title, date, version) is missing. Version 1.0 and June 2019 are taken from the public copy of the same document (“ATO on AWS Program Technology Partner Validation Checklist, June 2019, Version 1.0”), whose table of contents matches this text.",
    },
    {
      field: "published",
      reason:
        "Not printed in the extracted text; June 2019 from the public copy of the document (see the version note).",
    },
    {
      field: "submission",
      reason:
        "The document names two routes: the completed self-assessment is emailed to ATOonAWS@amazon.com (prerequisite 5.1), while the case study information is requested in the program application in APN Partner Central (prerequisite 2.1). The self-assessment route, email, is recorded; the subject keeps the document's placeholder and drops the closing period that sits inside the quotation marks.",
    },
    {
      field: "sections.perCaseStudy",
      reason:
        "Prerequisite 2.1 says every applicable AWS Case Study is examined against each checklist item and removed if it cannot be assessed or has critical findings, but the ATO checklist (unlike DCX) does not ask for a completed checklist per case study. Technical controls are therefore answered once (perCaseStudy null); only the architecture diagram, which the table asks for per AWS Case Study, is per case study.",
    },
    {
      field: "sections.controls.requirement",
      reason:
        "Requirement texts are reproduced as printed, including the document's typos (“viewnd”, “must be meet”, “to to make”, “you periodic recovery testing”, “to access the reference”), so they match the official wording. Line breaks and page-break artefacts (page number 9 inside 1.10, the AWS Resources table inside 5.1) are removed.",
    },
  ],
  sections: [
    {
      id: "prereq-1.0",
      title: "APN Program Requirements",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "1.1",
          title: "Program Guidelines",
          requirement:
            "The APN Partner must read the Program Guidelines and Definitions before applying to the ATO on AWS program. Click here for Program details",
        },
        {
          id: "1.2",
          title: "Solution Category",
          requirement:
            "APN Partner to describe whether their ATO on AWS solution is:\n" +
            "☐ Multi-tenant SaaS: Serve multiple customers from shared AWS infrastructure. All AWS accounts are managed by the APN Partner.\n" +
            "☐ Single-tenant SaaS: Serve multiple customers but have some infrastructure components deployed in AWS accounts dedicated to individual customers. All AWS accounts are managed by the APN Partner.\n" +
            "☐ Managed Service: Are deployed on AWS and serve a single customer. All AWS accounts are managed by the APN Partner.\n" +
            "☐ Customer-Deployed: Are deployed in a customer AWS environment. All AWS accounts are managed by the customer",
          response: "value",
          responseLabel: "Delivery category",
        },
      ],
    },
    {
      id: "prereq-2.0",
      title: "AWS Case Studies",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "2.1",
          title: "ATO on AWS-Specific Case Studies",
          requirement:
            "APN Partner must have two (2) AWS Case Studies specific to a single ATO on AWS solution under review.\n" +
            "For each AWS Case Study, the APN Partner must provide the following information:\n" +
            "▪ Name of the customer\n" +
            "▪ Customer challenge\n" +
            "▪ How the solution was deployed to meet the challenge\n" +
            "▪ Third party applications or solutions used\n" +
            "▪ Date the reference entered production\n" +
            "▪ Outcome(s)/results\n" +
            "▪ Specific architecture diagrams, deployment guides and other materials depending on the type of solution, as described in the next section.\n" +
            "This information will be requested as part of the program application process in APN Partner Central. The information provided as part of this AWS Case Study can be private, and will not be made public.\n" +
            "All applicable AWS Case Studies provided will be examined in the documentation review of the technical validation. The Case Study will be removed from consideration for inclusion in the program if the APN Partner cannot provide the documentation necessary to access the reference against each checklist item, or if there were critical findings identified during the validation.\n" +
            "References must have been created or updated within the past 18 months, and must be for projects that are in production, rather than in a ‘pilot’ or proof of concept stage.",
          evidence: [
            "Name of the customer",
            "Customer challenge",
            "How the solution was deployed to meet the challenge",
            "Third party applications or solutions used",
            "Date the reference entered production",
            "Outcome(s)/results",
            "Specific architecture diagrams, deployment guides and other materials depending on the type of solution",
          ],
          perCaseStudy: { rollup: "every" },
          distinctEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Case study created or updated",
              months: 18,
              required: true,
              source: "References must have been created or updated within the past 18 months",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "The 18-month window runs from when the reference was created or updated, not from the production date the case study must also state; the rule's subject says so. The production (not pilot / proof of concept) condition is not a date rule and is left to the reviewer.",
            },
            {
              field: "distinctEvidence",
              reason:
                "Two AWS Case Studies are required, so the same case study cannot count twice; the text does not say in so many words that the two customers must differ.",
            },
          ],
        },
        {
          id: "2.2",
          title: "Publicly Available Case Studies",
          requirement:
            "Publicly available case studies are used by AWS upon approval into the Program to showcase the APN Partner’s demonstrated success with the solution and provide customers with confidence that the APN Partner has the experience and knowledge needed to develop and deliver solutions to meet their objectives.\n" +
            "One (1) of the two (2) customer deployments associated with the AWS Case Studies must be publicized by the APN Partner as publicly available case studies. These publicly available case studies may in the form of formal case studies, white papers, videos, or blog posts.\n" +
            "Publicly available case studies must be easily discoverable from the APN Partner’s website, e.g., must be able to navigate to the case study from the APN Partner’s home page, and the APN Partner must provide links to these publicly available case studies.\n" +
            "Publicly available case studies must include the following:\n" +
            "▪ References to the customer name, APN Partner name, and AWS\n" +
            "▪ Customer challenge\n" +
            "▪ How the solution was deployed to meet the challenge\n" +
            "▪ How AWS services were used as part of the solution\n" +
            "▪ Outcome(s)/results",
          evidence: [
            "Link to the publicly available case study, discoverable from the APN Partner’s home page",
            "References to the customer name, APN Partner name, and AWS",
            "Customer challenge",
            "How the solution was deployed to meet the challenge",
            "How AWS services were used as part of the solution",
            "Outcome(s)/results",
          ],
          perCaseStudy: { rollup: "at-least-one" },
          publicEvidence: true,
        },
        {
          id: "2.3",
          title: "ATO ON AWS Specific Solution Criteria",
          requirement:
            "The APN Partner solution used in the AWS Case Studies must be meet the following requirements:\n" +
            "▪ It must be an ATO on AWS solution, targeting one or more of the primary steps in achieving compliance through automation: Product Design, Production Design, Production, and Operations.\n" +
            "▪ It must follow AWS best practices as defined in the AWS Well-Architected framework.\n" +
            "▪ It must be clearly differentiated from existing solutions. APN Program Solutions enable customers to do things that were previously impossible, too costly, or too difficult.",
        },
      ],
    },
    {
      id: "prereq-3.0",
      title: "ATO on AWS Web Presence and Thought Leadership",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "3.1",
          title: "APN Partner AWS Landing Page",
          requirement:
            "An APN Partner’s internet presence specific to their ATO on AWS solution(s) provides customers with confidence about the APN Partner’s ATO on AWS capabilities and experience.\n" +
            "APN Partner must have an AWS landing page that describes their ATO on AWS solution, public AWS Case Studies, technology partnerships, and any other relevant information supporting the APN Partner’s expertise related to ATO on AWS.\n" +
            "This AWS-specific ATO on AWS page must be accessible from the APN Partner’s home page. The home page itself is not acceptable as an AWS Landing Page unless APN Partner is a dedicated ATO on AWS Technology company and home page reflects APN Partner’s concentration on ATO on AWS.",
          evidence: [
            "Link to the AWS-specific ATO on AWS landing page, accessible from the APN Partner’s home page",
          ],
          publicEvidence: true,
        },
        {
          id: "3.2",
          title: "ATO on AWS Thought Leadership",
          requirement:
            "ATO on AWS Program Partners are viewnd as having deep domain expertise in ATO on AWS, having developed innovative solutions that leverage AWS services.\n" +
            "APN Partner must have public-facing materials (e.g., blog posts, press articles, videos, etc.) showcasing the APN Partner’s focus on and expertise in ATO on AWS. Links must be provided to examples of materials published within the last twelve (12) months.",
          evidence: [
            "Links to public-facing materials (blog posts, press articles, videos, etc.) published within the last twelve (12) months",
          ],
          publicEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Thought leadership material published",
              months: 12,
              required: true,
              source:
                "Links must be provided to examples of materials published within the last twelve (12) months.",
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
            "APN Partner has field- ready documentation and seller toolkits including a clear product value proposition that can be articulated to the AWS sales organization with all relevant information needed to determine fit for a customer opportunity (e.g., sales collateral, presentation, and customer use cases).\n" +
            "Evidence must be in the form of sales collateral including a presentation, one-pager, and use-case checklist.",
          evidence: ["Presentation", "One-pager", "Use-case checklist"],
        },
        {
          id: "4.2",
          title: "Product Support/Help Desk",
          requirement:
            "APN Partner offers product support via web chat, phone, or email support to customers.\n" +
            "Evidence in the form of description of support offered to customers for their product or solution.",
          evidence: ["Description of support offered to customers for their product or solution"],
        },
        {
          id: "4.3",
          title: "Product is listed on AWS Marketplace.",
          requirement: "APN Partner makes solution available via AWS Marketplace.\n☐ Yes\n☐ No",
          response: "yes-no-explain",
          notes: [
            {
              field: "response",
              reason:
                "The document offers Yes / No boxes without an Explain line; yes-no-explain is the closest response kind. Nothing says a “No” fails the prerequisite: the schema cannot mark an informational (non-gating) question.",
            },
          ],
        },
        {
          id: "4.4",
          title: "Sales Compensation for AWS Deals",
          requirement:
            "APN Partner has sales compensation plans for their sellers regarding AWS deals.\n☐ Yes\n☐ No\n☐ Explain: ____________________________",
          response: "yes-no-explain",
        },
        {
          id: "4.5",
          title: "Joint AWS/APN Partner Wins",
          requirement:
            "APN Partner has process to document and publicize joint wins.\nEvidence in the form of verbal description of process.",
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
          title: "AWS Program Partner Program Validation Checklist Self-Assessment",
          requirement:
            "APN Partner must conduct a self-assessment of their compliance to the requirements of the ATO on AWS Checklist.\n" +
            "▪ APN Partner must complete all sections of the Checklist.\n" +
            "▪ Completed self-assessment must be emailed to ATOonAWS@amazon.com, using the following convention for the email subject line: “[APN Partner Name], ATO on AWS Program Technology Partner Completed Self-Assessment.”\n" +
            "▪ It is recommended that APN Partner has their solutions architect or PDM review the completed self-assessment before submitting to AWS. The purpose of this is to ensure the APN Partner’s AWS team is engaged and working to provide recommendations prior to the review and to help ensure a productive review experience.",
          evidence: ["Completed self-assessment (all sections) emailed to ATOonAWS@amazon.com"],
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
            "▪ Shows the major elements of the architecture, and how they combine to provide the APN Partner solution to customers\n" +
            "▪ Shows all of the AWS services used, using the appropriate AWS service icons.\n" +
            "▪ Shows the how the AWS services are deployed, including, Amazon Virtual Private Clouds (Amazon VPC), Availability Zones (AZs), subnets, and connections to systems outside of AWS.\n" +
            "▪ Shows the systems is highly available and that there are no single point of failures.\n" +
            "▪ Includes elements deployed outside of AWS, e.g. on-premises components, or hardware devices.",
          evidence: [
            "Architecture diagram for the whole solution (Multi-tenant SaaS and Single-tenant SaaS)",
            "Architecture diagram for each AWS Case Study",
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
                "The document prints no id for the architecture diagram row; “AD” is a stable id chosen for it.",
            },
            {
              field: "appliesTo",
              reason:
                "The Applies-to cells differ by category in what they ask, which the schema cannot express: Multi-tenant and Single-tenant SaaS “Yes – one for the whole solution and one for each AWS Case Study”, Managed Service and Customer-Deployed “Yes – one for each AWS Case Study”; all four add “Must meet 100% of requirements.” The whole-solution diagram is listed as an evidence item.",
            },
            {
              field: "requirement",
              reason:
                "The last item (“Includes elements deployed outside of AWS …”) lost its bullet in the extraction; it is kept as a fifth item of the same list.",
            },
          ],
        },
      ],
    },
    {
      id: "req-1.0",
      title: "Baseline",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "1.1",
          title: "AWS Business Support is enabled for the AWS Account",
          requirement:
            "Business Support (or greater) is a requirement for APN Technology Partners to participate in the program, though exceptions to this rule may be made on a case-by-case basis.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          notes: [
            {
              field: "naAllowed",
              reason:
                "“Exceptions to this rule may be made on a case-by-case basis” is an AWS decision, not an N/A the partner may choose; naAllowed stays false.",
            },
          ],
        },
        {
          id: "1.2",
          title: "AWS account root user is not used for routine activities",
          requirement:
            "The AWS account root user must not be used for everyday tasks, even the administrative ones. Instead, adhere to the best practice of using the root user only to create your first IAM user. Then securely lock away the root user credentials and use them to perform only a few account and service management tasks. To view the tasks that require you to sign in as the AWS account root user, see AWS Tasks That Require Root User. For a tutorial on how to set up an administrator for daily use, see Creating Your First IAM Admin User and Group.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.3",
          title:
            "AWS Identity and Access Management (IAM) user accounts used for all routine activities",
          requirement:
            "The AWS account root user must not be used for any task where it is not required. Instead, create a new IAM user for each person that requires administrator access. Then make those users administrators by placing the users into an administrators group to which you attach the administrator access managed policy. Thereafter, the users in the administrators group should set up the groups, users, and so on, for the AWS account. All future interaction should be through the AWS account's users and their own keys instead of the root user. However, to perform some account and service management tasks, you must log in using the root user credentials.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.4",
          title: "Multi-Factor Authentication (MFA) has been enabled on the AWS account root user",
          requirement:
            "MFA must be enabled for your AWS account root user. Because your AWS account root user can perform sensitive operations in your AWS account, adding an additional layer of authentication helps you to better secure your account. Multiple types of MFA are available, including virtual MFA and hardware MFA.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.5",
          title: "AWS CloudTrail is enabled for all AWS accounts in every region",
          requirement:
            "CloudTrail must be enabled on all AWS accounts and in every AWS Region. Visibility into your AWS account activity is a key aspect of security and operational best practices. You can use CloudTrail to view, search, download, archive, analyze, and respond to account activity across your AWS infrastructure. You can identify who or what took which action, what resources were acted upon, when the event occurred, and other details to help you analyze and respond to activity in your AWS account.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.6",
          title:
            "CloudTrail logs are stored in an Amazon Simple Storage Service (Amazon S3) bucket owned by another AWS account",
          requirement:
            "CloudTrail logs must be emplaced in a bucket owned by another AWS account and configured for extremely limited access, such as audit and recovery only.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.7",
          title: "CloudTrail S3 log bucket has Versioning or MFA Delete enabled",
          requirement:
            "CloudTrail log bucket contents must be protected with versioning or MFA Delete.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.8",
          title: "Multi-Factor Authentication (MFA) is enabled for all interactive IAM users",
          requirement:
            "You must enable MFA for all interactive IAM users. With MFA, users have a device that generates a unique authentication code (a one-time password, or OTP). Users must provide both their normal credentials (user name and password) and the OTP. The MFA device can either be a special piece of hardware, or it can be a virtual device (for example, it can run in an app on a smartphone).",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.9",
          title: "IAM credentials are rotated regularly",
          requirement:
            "You must change your passwords and access keys regularly, and make sure that all IAM users in your account do as well. That way, if a password or access key is compromised without your knowledge, you limit how long the credentials can be used to access your resources. You can apply a password policy to your account to require all your IAM users to rotate their passwords, and you can choose how often they must do so. For more information about rotating access keys for IAM users, see Rotating Access Keys.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          notes: [
            {
              field: "rules",
              reason: "“Regularly” states no period, so no date rule is recorded.",
            },
          ],
        },
        {
          id: "1.10",
          title: "Strong password policy is in place for IAM users",
          requirement:
            "You must configure a strong password policy for your IAM users. If you allow users to change their own passwords, require that they create strong passwords and that they rotate their passwords periodically. On the Account Settings page of the IAM console, you can create a password policy for your account. You can use the password policy to define password requirements, such as minimum length, whether it requires non-alphabetic characters, how frequently it must be rotated, and so on. For more information, see Setting an Account Password Policy for IAM Users.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.11",
          title: "IAM credentials are not shared among multiple users",
          requirement:
            "You must create an individual IAM user account for anyone who needs access to your AWS account. Create an IAM user for yourself as well, give that user administrative privileges, and use that IAM user for all your work. By creating individual IAM users for people accessing your account, you can give each IAM user a unique set of security credentials. You can also grant different permissions to each IAM user. If necessary, you can change or revoke an IAM user's permissions any time. (If you give out your root user credentials, it can be difficult to revoke them, and it is impossible to restrict their permissions.)",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.12",
          title: "IAM policies are scoped down to least privilege",
          requirement:
            "You must follow the standard security advice of granting least privilege. This means granting only the permissions required to perform a task. Determine what users need to do and then craft policies for them that let the users perform only those tasks. Start with a minimum set of permissions and grant additional permissions as necessary. Doing so is more secure than starting with permissions that are too lenient and then trying to tighten them later. Defining the right set of permissions requires some research. Determine what is required for the specific task, what actions a particular service supports, and what permissions are required in order to perform those actions.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "1.13",
          title: "Hard-coded credentials (e.g. access keys) are not used",
          requirement:
            "You must follow best practices for managing AWS access keys and avoid the use of hard-coded credentials. When you access AWS programmatically, you use an access key to verify your identity and the identity of your applications. Anyone who has your access key has the same level of access to your AWS resources that you do. Consequently, AWS goes to significant lengths to protect your access keys, and, in keeping with our shared responsibility model, you should as well.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.14",
          title: "All credentials are encrypted at rest",
          requirement:
            "The baseline requirement is to ensure the encryption of any credentials at rest.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.15",
          title: "Regular data backups are being performed",
          requirement:
            "You must perform regular backups to a durable storage service. Backups ensure that you have the ability to recover from administrative, logical, or physical error scenarios. Amazon S3 and Amazon Glacier are ideal services for backup and archival. Both are durable, low-cost storage platforms. Both offer unlimited capacity and require no volume or media management as backup data sets grow. The pay-for-what- you-use model and low cost per GB/month make these services a good fit for data protection use cases.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.16",
          title:
            "Recovery mechanisms are being tested on a regular schedule and after significant architectural changes",
          requirement:
            "You must test recovery mechanisms and procedures, both on a periodic basis and after making significant changes to your cloud environment. AWS provides substantial resources to help you manage backup and restore of your data.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          notes: [
            {
              field: "rules",
              reason: "“On a periodic basis” states no period, so no date rule is recorded.",
            },
          ],
        },
        {
          id: "1.17",
          title: "Disaster Recovery (DR) plan has been defined",
          requirement:
            "A well-defined DR plan includes a Recovery Point Objective (RPO) and a Recovery Time Objective (RTO). You must define an RPO and an RTO for all in-scope services, and the RPO and RTO must align with the SLA you offer to your customers",
          response: "value",
          responseLabel: "RPO and RTO",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          notes: [
            {
              field: "response",
              reason:
                "The RPO and RTO are both asked; the schema holds one response label, so both are named in it. Their alignment with the SLA is left to the reviewer.",
            },
          ],
        },
        {
          id: "1.18",
          title: "Recovery Time Objective (RTO) is less than 24 hours",
          requirement:
            "The baseline requirement is for the RTO to be less than 24 hours for core services.",
          response: "value",
          responseLabel: "RTO",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
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
          ],
        },
        {
          id: "1.19",
          title: "Disaster Recovery (DR) plan is adequately tested",
          requirement:
            "Your DR plan must be tested against your Recovery Point Objective (RPO) and Recovery Time Objective (RTO), both periodically and after major updates. At least one DR test must be completed.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          rules: [
            {
              kind: "min-count",
              subject: "DR test completed",
              count: 1,
              source: "At least one DR test must be completed.",
            },
          ],
        },
        {
          id: "1.20",
          title: "S3 buckets within your account have appropriate levels of access",
          requirement:
            "You must ensure that the appropriate controls are in place to control access to each S3 bucket. When using AWS, it's best practice to restrict access to your resources to the people that absolutely need it (the principle of least privilege).",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.21",
          title: "S3 buckets have not been misconfigured to allow public access.",
          requirement:
            "You must ensure that buckets that should not allow public access are properly configured to prevent public access. By default, all S3 buckets are private, and can only be accessed by users that have been explicitly granted access. Most use cases won't require broad-ranging public access to read files from your S3 buckets, unless you're using S3 to host public assets (for example, to host images for use on a public website), and it's best practice to never open access to the public.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "1.22",
          title:
            "A monitoring mechanism is in place to detect when S3 buckets or objects become public",
          requirement:
            "You must have monitoring or alerting in place to identify when S3 buckets become public. One option for this is to use AWS Trusted Advisor. Trusted Advisor checks buckets in S3 that have open access permissions. Bucket permissions that grant List access to everyone can result in higher than expected charges if objects in the bucket are listed by unintended users at a high frequency. Bucket permissions that grant Upload/Delete access to everyone create potential security vulnerabilities by allowing anyone to add, modify, or remove items in a bucket. The Trusted Advisor check examines explicit bucket permissions and associated bucket policies that might override the bucket permissions.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
      ],
    },
    {
      id: "req-2.0",
      title: "Security",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "2.1",
          title: "AWS Access Keys only used by interactive users",
          requirement:
            "No AWS Access Keys should be in use, except in the following cases: 1. Used by humans to access AWS services, and stored securely on a device controlled by that human. 2. Used by a service to access AWS services, but only in cases where: a) It is not feasible to use an EC2 instance role, Amazon Elastic Container Service (Amazon ECS) Task Role or similar mechanism, b) The AWS Access Keys are rotated at least weekly, and c) The IAM Policy is tightly scoped so that it: i) Allows only access to only specific methods and targets and ii) Restricts access to the subnets on from which the resources will be accessed.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          notes: [
            {
              field: "rules",
              reason:
                "“Rotated at least weekly” (service access keys) is a 7-day age limit; max-age rules count whole months, so the schema cannot express it and no rule is recorded.",
            },
          ],
        },
        {
          id: "2.2",
          title: "Amazon Elastic Cloud Compute (Amazon EC2) security groups are tightly scoped",
          requirement:
            "All EC2 security groups should restrict access to the greatest degree possible. This includes at least 1. Implementing Security Groups to restrict traffic between Internet and VPC, 2. Implementing Security Groups to restrict traffic within the VPC, and 3. In all cases, allow only the most restrictive possible settings.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "2.3",
          title:
            "A monitoring mechanism is in place to detect changes in EC2 instances and Containers",
          requirement:
            "Any changes to your EC2 instances or Containers may indicate unauthorized activity, and must at a minimum be logged to a durable location to allow for future forensic investigation. The mechanism employed for this purpose must at least: 1. Detect any changes to the OS or application files in the EC2 instances or Containers used in the solution. 2 Store data recording these changes in a durable location, external to the EC2 instance or Container. Examples of suitable mechanisms include: a. Deployment of file integrity checking via scheduled configuration management (e.g. Chef, Puppet, etc.) or a specialized tool (e.g. OSSEC, Tripwire or similar), or b. Extending configuration management tooling to validate EC2 host configuration, and alert on updates to key configuration files or packages with ‘canary’ (logged no-op) events configured to ensure the service remains operational on all in-scope hosts during runtime, or c. Deploying a Host Intrusion Detection System such as an open source solution like OSSEC with ElasticSearch and Kibana or using a partner solution. Note that the following mechanism does not meet this requirement: a. Frequently cycling EC2 instances or Containers.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "2.4",
          title: "All data is classified",
          requirement:
            "All customer data processed and stored in the workload is considered and classified to determine its sensitivity and the appropriate methods to use when handling it.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "2.5",
          title: "All sensitive data is encrypted",
          requirement:
            "All customer data classified as sensitive is encrypted in transit and at rest.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "2.6",
          title: "All data in transit is encrypted",
          requirement: "All data in transit across a VPC boundary is encrypted.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "2.7",
          title: "Cryptographic keys are managed securely",
          requirement:
            "All cryptographic keys are encrypted at rest and in transit, and access to use the keys is controlled using an AWS solution such as KMS or an APN Partner solution such as HashiCorp Vault.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "2.8",
          title: "Security incident response process is defined and rehearsed",
          requirement:
            "A security incident response process must be defined for handling incidents such as AWS account compromises. This process must be tested by implementing procedures to rehearse the incident response process, e.g. by completing a security game day exercise. A rehearsal must have been held within the last 12 months to confirm that: a. The appropriate people have access to the environment. b. The appropriate tools are available. c. The appropriate people know what to do to respond to the various security incidents outlined in the plan.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
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
      ],
    },
    {
      id: "req-3.0",
      title: "Reliability",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "3.1",
          title: "Network connectivity is highly available",
          requirement:
            "Network connectivity to the solution must be highly available. If using VPN or AWS Direct Connect to connect to customer networks, the solution must support redundant connections, even if the customers do not always implement this.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
        {
          id: "3.2",
          title: "Solution is resilient to availability zone disruption",
          requirement:
            "The solution must continue to operate in the case where all of the services within a single AZ have been disrupted.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "3.3",
          title: "Resiliency of the solution has been tested",
          requirement:
            "The resiliency of the infrastructure to disruption of a single AZ has been tested in production, e.g. through a game day exercise, within the last 12 months.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          rules: [
            {
              kind: "max-age",
              subject: "Single-AZ disruption resiliency test in production",
              months: 12,
              required: true,
              source:
                "The resiliency of the infrastructure to disruption of a single AZ has been tested in production, e.g. through a game day exercise, within the last 12 months.",
            },
          ],
        },
        {
          id: "3.4",
          title: "Disaster Recovery (DR) plan includes recovery to another AWS account",
          requirement:
            "Your DR plan must include a strategy for recovering to another AWS account, and you periodic recovery testing must test this scenario. You must have completed at least one full test of the DR plan, including at least recovery to another AWS account, within the last 12 months. Note: Although processes restoring data into test environments or exporting data for users are useful ways to verify backups, these processes do not fulfill the requirement to perform a full restore test to another AWS account.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
          rules: [
            {
              kind: "max-age",
              subject: "Full DR test including recovery to another AWS account",
              months: 12,
              required: true,
              source:
                "You must have completed at least one full test of the DR plan, including at least recovery to another AWS account, within the last 12 months.",
            },
          ],
        },
      ],
    },
    {
      id: "req-4.0",
      title: "Performance Efficiency",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "4.1",
          title: "Infrastructure scaling mechanisms align with business requirements",
          requirement:
            "Infrastructure scaling mechanisms must align with business requirements, either by: 1. Implementing auto-scaling mechanisms at each layer of the architecture, by 2. Confirming that current business requirements, including cost requirements and anticipated user growth, do not require auto-scaling mechanisms AND manual scaling procedures are fully documented and frequently tested.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
      ],
    },
    {
      id: "req-5.0",
      title: "Operational Excellence",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "5.1",
          title: "Infrastructure provisioning and management is automated",
          requirement:
            "The solution must use an automated tool such as AWS CloudFormation or Terraform to provision and manage the AWS infrastructure. The AWS Console must not be used to to make routine changes to the production AWS infrastructure.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
          notes: [
            {
              field: "requirement",
              reason:
                "A page break splits this row in the extraction (the AWS Resources table is printed between “provisioning and” and “management is automated”); the title and text are rejoined.",
            },
          ],
        },
        {
          id: "5.2",
          title: "Deployment of code changes is automated",
          requirement:
            "The solution must use an automated method of deploying code to the AWS infrastructure. Interactive SSH or RDP sessions to must not be used to deploy updates in the AWS infrastructure.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "5.3",
          title: "AWS and Application logs are managed centrally",
          requirement:
            "All log information from the application, and from the AWS infrastructure, should be consolidated into a single system.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "5.4",
          title: "AWS and Application monitoring and alarms are managed centrally",
          requirement:
            "The application and the AWS infrastructure must be monitored centrally, with alarms generated and sent to the appropriate operations staff.",
          appliesTo: [
            "multi-tenant-saas",
            "single-tenant-saas",
            "managed-service",
            "customer-deployed",
          ],
        },
        {
          id: "5.5",
          title: "Runbooks and escalation process are defined",
          requirement:
            "Runbooks must be developed to define the standard procedures used in response to different application and AWS events. An escalation process must be defined to deal with alerts and alarms generated by the system, and to respond to customer-reported incidents.",
          appliesTo: ["multi-tenant-saas", "single-tenant-saas", "managed-service"],
        },
      ],
    },
  ],
};
