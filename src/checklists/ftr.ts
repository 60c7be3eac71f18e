/**
 * Foundational Technical Review (FTR), Partner Hosted Validation Checklist, October 2021 - 2021_q4_v1.
 * Transcribed from the published checklist; texts are reproduced as printed (typos included) so they can be
 * matched against the official self-assessment workbook.
 */
import type { ChecklistInput } from "./schema";

/** Printed once before the technical requirements; applies to every control carrying a CIS benchmark ID. */
const AUTOMATED_SCAN_TEXT =
  "The controls which include a Center for Internet Security(CIS) benchmark ID are covered by the automated AWS account scan. You do not have to respond to them in self-assessment.";

/** Printed as the introduction of the Protected Health Information section. */
const PHI_SECTION_TEXT =
  "This sections only apply to solutions with US customers which handle Protected Health Information (PHI).";

export const ftr: ChecklistInput = {
  id: "ftr",
  program: "AWS Foundational Technical Review",
  title: "Partner Hosted Foundational Technical Review - Partner Hosted Validation Checklist",
  version: "2021_q4_v1",
  published: "2021-10",
  validity: null,
  submission: {
    method: "partner-central",
    instructions:
      'FTR requests must be submitted on the APN Partner Central. For more information on how to submit a request, please see the "Request an FTR" section on this page. You can can also request an FTR using alternative manual process. Please see the FTR guide for more information. After submitting a request, an AWS Partner Solutions Architect will review your request and reach out to you, if any additional information or a phone call is required.',
  },
  caseStudies: null,
  scopeQuestions: ["saas", "phi", "automatedScanShown", "plannedSubmissionDate"],
  scoring: null,
  notes: [
    {
      field: "validity",
      reason:
        "The document prints no validity period, only 'October 2021 - 2021_q4_v1'. It states a completion window instead: 'If the FTR is not completed within six months, the Partner must submit a new FTR request and meet all the FTR requirements effective at that time which may include additional controls.' The schema has no field for a completion window, so it is kept here.",
    },
    {
      field: "automatedScan",
      reason: `Controls with cis refs carry automatedScan: true because the document says: '${AUTOMATED_SCAN_TEXT}'`,
    },
    {
      field: "sections.CTL.title",
      reason:
        "The source prints no heading before CTL-001 ... CTL-004 (an empty heading follows the Communications from AWS controls). The controls are all about AWS CloudTrail, so they are kept in their own section titled 'AWS CloudTrail'; the schema has no section-level notes, so this is recorded here and on each CTL control.",
    },
    {
      field: "sections.BAABP",
      reason: `The Protected Health Information section is introduced with: '${PHI_SECTION_TEXT}' Both of its controls carry the phi condition.`,
    },
    {
      field: "scope",
      reason:
        "This checklist applies to solutions hosted by the Partner: 'This checklist is applicable to solutions which are hosted by the Partner (e.g. SaaS solution). If your solution is deployed and managed by your customers in their own account, please use the checklist for customer deployed solution.'",
    },
  ],
  sections: [
    {
      id: "1.0",
      title: "Foundational Technical Review Requirements",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "1.1",
          title: "AWS ISV Partner Path Membership",
          requirement:
            "Partners must be enrolled in the AWS ISV Partner Path. SI Partners should talk to their PDR/PDM on how to join the AWS ISV Partner Path.",
          notes: [
            {
              field: "response",
              reason:
                "Prerequisites are 'verified by AWS before a technical validation is executed'; the document does not say how (or whether) the partner answers them in the self-assessment, so the default Met Y/N is used.",
            },
          ],
        },
      ],
    },
    {
      id: "SUP",
      title: "Support Level",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "SUP-001",
          title:
            "Enable AWS Business Support (or greater) on all production AWS accounts or have an action plan to handle issues which require help from AWS Support so the customer SLAs can be met.",
          requirement:
            "Subscribing to AWS Business Support or greater for all production accounts provides faster response time from AWS Support and strongly recommended. If you don't have premium support, you must have an action plan to handle issues which require help from AWS Support. AWS Support provides a mix of tools and technology, people, and programs designed to proactively help you optimize performance, lower costs, and innovate faster. AWS Business Support provides additional benefits including access to AWS Trusted Advisor and AWS Personal Health Dashboard and faster response times.",
        },
      ],
    },
    {
      id: "WAFR",
      title: "AWS Well-Architected Review",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "WAFR-001",
          title: "Conduct periodic architecture reviews (minimum once every year).",
          requirement:
            "Conduct periodic architecture reviews of your production workload (minimum once every year) using the AWS Well-Architected tool with FTR lens. The AWS Well-Architected Tool helps you review the state of your workloads and compares them to the latest AWS architectural best practices. The tool is based on the AWS Well-Architected Framework, developed to help cloud architects build secure, high-performing, resilient, and efficient application infrastructure. Well Architected Reviews including AWS Well-Architected Framework and FTR Lens must be conducted on the production workload on a periodic basis. After conducting the review, you should prioritize the remediation of any identified issues according to your business priorities. It is not a requirement to complete the remediation of any issues identified in the review other than the requirements defined in this checklist.\nIf you have an internal, well defined architecture review process, you can use that process to conduct the review. If you are using an internal process, please provide details of that process including the owner and the industry standards you follow.",
          evidence: [
            "If you are using an internal process, please provide details of that process including the owner and the industry standards you follow.",
          ],
          rules: [
            {
              kind: "max-age",
              subject: "Most recent architecture review",
              months: 12,
              required: false,
              source:
                "Conduct periodic architecture reviews of your production workload (minimum once every year)",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "'minimum once every year' is read as: the most recent review is at most 12 months old. The document does not ask for the review date in Partner Response, so the date is not required (the rule checks a date when one is given).",
            },
          ],
        },
      ],
    },
    {
      id: "ARC",
      title: "AWS Root Account",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "ARC-001",
          title: "Use root user only by exception.",
          requirement:
            "The root user has unlimited access to your account and its resources, and using it only by exception helps protect your AWS resources. The AWS root user must not be used for everyday tasks, even administrative ones. Instead, adhere to the best practice of using the root user only to create your first AWS Identity and Access Management (IAM) user. Then securely lock away the root user credentials and use them to perform only a few account and service management tasks. To view the tasks that require you to sign in as the root user, see AWS Tasks That Require Root User.",
          cis: ["1.1"],
          automatedScan: true,
        },
        {
          id: "ARC-003",
          title: "Enable multi-factor authentication (MFA) on the root user for all AWS accounts.",
          requirement:
            "Enabling MFA provides an additional layer of protection against unauthorized access to your account. To configure MFA for the root user, follow the instructions for enabling either a virtual MFA or hardware MFA device.\nIf you are using AWS Organizations to create new accounts, the initial password for the root user is set to a random value that is never exposed to you. If you do not recover the password for the root user of these accounts, you do not need to enable MFA on them. For any accounts where you do have access to the root user’s password, you must enable MFA.",
          cis: ["1.13"],
          automatedScan: true,
        },
        {
          id: "ARC-004",
          title: "Remove access keys for the root user.",
          requirement:
            "Programmatic access to AWS APIs should never use the root user. It is best not to generate static an access key for the root user. If one already exists, you should transition any processes using that key to use temporary access keys from an AWS Identity and Access Management (IAM) role, or, if necessary, static access keys from an IAM user.",
          cis: ["1.12"],
          automatedScan: true,
        },
        {
          id: "ARC-005",
          title: "Create an incident response (IR) runbook for root account credential misuse.",
          requirement:
            "A runbook that details an appropriate response to root account credential misuse enables you to promptly act in the event that your root user becomes compromised. In the event your root account credentials are inaccessible, you will need to either change your AWS account root user password, or contact account and billing support through the Unable to Sign in & Submit Billing or Account Request page. An example of a runbook can be found here.",
        },
      ],
    },
    {
      id: "ACOM",
      title: "Communications from AWS",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "ACOM-001",
          title: "Configure AWS account contacts.",
          requirement:
            "If an account is not managed by AWS Organizations , alternate account contacts help AWS get in contact with the appropriate personnel if needed. Configure the account’s alternate contacts to point to a group rather than an individual. For example, create separate email distribution lists for billing, operations, and security and configure these as Billing, Security, and Operations contacts in each active AWS account. This ensures that multiple people will receive AWS notifications and be able to respond, even if someone is on vacation, changes roles, or leaves the company.",
        },
        {
          id: "ACOM-002",
          title:
            "Set account contact information including the root user email address to email addresses and phone numbers owned by your company.",
          requirement:
            "Using company owned email addresses and phone numbers for contact information enables you to access them even if the individuals whom they belong to are no longer with your organization.",
        },
      ],
    },
    {
      id: "CTL",
      title: "AWS CloudTrail",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "CTL-001",
          title: "Configure CloudTrail in all AWS Accounts and in all Regions.",
          requirement:
            "AWS CloudTrail enables governance, compliance, operational auditing, and risk auditing of your AWS account. To meet FTR requirements, you must have management events enabled for all AWS accounts and in all regions and aggregate these logs into an Amazon Simple Storage Service (Amazon S3) bucket owned by a separate AWS account. The first copy of management events in each region is delivered free of charge and you only pay for S3 storage cost. Additional copies of management events will incur charges. Should you enable data events, you will incur charges for each copy along with associated S3 storage costs. For latest pricing information see CloudTrail pricing. To learn more about Cloud Trail best practices see this blog post.",
          cis: ["2.1"],
          automatedScan: true,
          notes: [
            {
              field: "section",
              reason:
                "No section heading is printed before CTL-001; the section title 'AWS CloudTrail' is inferred from the controls.",
            },
          ],
        },
        {
          id: "CTL-002",
          title:
            "Store logs in in a separate administrative domain with limited access (e.g. Separate AWS Account or an equivalent AWS Partner solution).",
          requirement:
            "Configuring the logs to flow to a central account (i.e. separate AWS Account that is only intended for log storage and limited access ) or an equivalent AWS Partner solution protects the logs from manipulation or deletion.",
          notes: [
            {
              field: "section",
              reason:
                "No section heading is printed before CTL-001; the section title 'AWS CloudTrail' is inferred from the controls.",
            },
          ],
        },
        {
          id: "CTL-003",
          title:
            "Protect log storage from unintended access (e.g. MFA-delete, versioning on S3, object lock or an equivalent solution)",
          requirement:
            "Protecting log storage locations from unintended access helps with avoiding any unintended changes to log files.",
          notes: [
            {
              field: "section",
              reason:
                "No section heading is printed before CTL-001; the section title 'AWS CloudTrail' is inferred from the controls.",
            },
          ],
        },
        {
          id: "CTL-004",
          title: "Enable CloudTrail log file integrity validation.",
          requirement:
            "A validated log file using integrity validation enables you to assert positively that the log file itself has not changed, or that particular user credentials performed specific API activity. The CloudTrail log file integrity validation process also lets you know if a log file has been deleted or changed, or assert positively that no log files were delivered to your account during a given period of time. CloudTrail log file integrity validation uses industry standard algorithms: SHA-256 for hashing and SHA-256 with RSA for digital signing. This makes it computationally unfeasible to modify, delete or forge CloudTrail log files without detection. For more information, see Enabling Validation and Validating Files.",
          cis: ["2.2"],
          automatedScan: true,
          notes: [
            {
              field: "section",
              reason:
                "No section heading is printed before CTL-001; the section title 'AWS CloudTrail' is inferred from the controls.",
            },
          ],
        },
      ],
    },
    {
      id: "IAM",
      title: "Identity and Access Management",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "IAM-001",
          title: "Enable multi-factor authentication for all Human Identities with AWS access.",
          requirement:
            "You must require any human identities to authenticate using MFA before accessing your AWS accounts. Typically this means enabling MFA within your corporate identity provider. If you have existing legacy IAM users you must enable MFA for console access for those principals as well. Enabling MFA for IAM users provides an additional layer of security. With MFA, users have a device that generates a unique authentication code (a one-time password, or OTP). Users must provide both their normal credentials (user name and password) and the OTP. The MFA device can either be a special piece of hardware, or it can be a virtual device (for example, it can run in an app on a smartphone). Please note that Machine Identities do not require MFA.",
          cis: ["1.2"],
          automatedScan: true,
        },
        {
          id: "IAM-002",
          title: "Rotate credentials regularly.",
          requirement:
            "When you cannot rely on temporary credentials and require long term credentials, rotate the IAM access keys regularly. If an access key is compromised without your knowledge, you limit how long the credentials can be used to access your resources. For information about rotating access keys for IAM users, see Rotating Access Keys.",
          cis: ["1.4"],
          automatedScan: true,
          notes: [
            {
              field: "cis",
              reason:
                "The CIS reference is printed without parentheses ('Rotate credentials regularly. CIS 1.4'), unlike the other controls; it is read as CIS 1.4 all the same.",
            },
            {
              field: "rules",
              reason: "'regularly' gives no period, so no date rule is recorded.",
            },
          ],
        },
        {
          id: "IAM-003",
          title: "Use strong password policy.",
          requirement:
            "Enforce a strong password policy, and educate users to avoid common or re-used passwords. For IAM users, you can create a password policy for your account on the Account Settings page of the IAM console. You can use the password policy to define password requirements, such as minimum length, whether it requires non-alphabetic characters, and so on. For more information, see Setting an Account Password Policy for IAM Users.",
          cis: ["1.5", "1.6", "1.7", "1.8", "1.9"],
          automatedScan: true,
        },
        {
          id: "IAM-004",
          title:
            "Create individual identities (no shared credentials) for anyone who needs AWS access.",
          requirement:
            "By creating individual identities for people accessing your account, you can give each user a unique set of security credentials and permissions. Individual users provide the ability to audit each users activity.",
        },
        {
          id: "IAM-005",
          title:
            "Use IAM roles and its temporary security credentials to provide access to third parties.",
          requirement:
            "Do not provision IAM users and share those credentials with people outside of your organization. Any external services that need to make AWS API calls against your account (e.g. a monitoring solution that accesses your account's AWS CloudWatch metrics) must use a cross-account role. See documentation on providing access to AWS accounts owned by third parties for more information.",
        },
        {
          id: "IAM-006",
          title: "Grant least privilege access",
          requirement:
            "You must follow the standard security advice of granting least privilege. Grant only the access that identities require by allowing access to specific actions on specific AWS resources under specific conditions. Rely on groups and identity attributes to dynamically set permissions at scale, rather than defining permissions for individual users. For example, you can allow a group of developers access to manage only resources for their project. This way, when a developer is removed from the group, access for the developer is revoked everywhere that group was used for access control, without requiring any changes to the access policies.",
          cis: ["1.22"],
          automatedScan: true,
        },
        {
          id: "IAM-007",
          title: "Manage access based on life cycle.",
          requirement:
            "Integrate access controls with operator and application lifecycle and your centralized federation provider and IAM. For example, remove a user’s access when they leave the organization or change roles.",
        },
        {
          id: "IAM-008",
          title: "Audit identities quarterly.",
          requirement:
            "Auditing the identities that are configured in your identity provider and IAM helps ensure that only authorized identities have access to your workload. For example, remove people that leave the organization, and remove cross-account roles that are no longer required. Have a process in place to periodically audit permissions to the services accessed by an IAM entity. This helps you identify the policies you need to modify to remove any unused permissions, see IAM access advisor.",
          rules: [
            {
              kind: "max-age",
              subject: "Most recent identity audit",
              months: 3,
              required: false,
              source: "Audit identities quarterly.",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "'quarterly' is read as: the most recent identity audit is at most 3 months old. The document does not ask for the audit date, so the date is not required.",
            },
          ],
        },
        {
          id: "IAM-009",
          title: "Do not embed credentials in application code.",
          requirement:
            "Ensure all credentials used by your applications (e.g. IAM access keys, database passwords, etc.) are never included in your application's source code or committed to source control in any way.",
        },
        {
          id: "IAM-010",
          title: "Store secrets in specialized service.",
          requirement:
            "Where you cannot use temporary credentials, such as tokens from AWS Security Token Service, storing your secrets such as database passwords, using a service like AWS Secrets Manager or an equivalent AWS Partner solution, helps secure your credentials. AWS Secrets Manager handles encryption, rotation, and access control of stored credentials.",
        },
        {
          id: "IAM-011",
          title: "Encrypt all end user/customer credentials and hash passwords at rest.",
          requirement:
            "If you are storing end user/customer credentials in a database that you manage, encrypt credentials at rest and hash passwords. As an alternative, AWS recommends using a user identity synchronization service, such as Amazon Cognito or an equivalent AWS Partner solution",
          notes: [
            {
              field: "conditions",
              reason:
                "The text makes this conditional ('If you are storing end user/customer credentials in a database that you manage'), but no scope flag exists for it, so no condition is recorded and N/A is not marked as allowed.",
            },
          ],
        },
        {
          id: "IAM-012",
          title: "Use centralized identity",
          requirement:
            "Integrate IAM with a central corporate identity provider or directory service for all user authentication. This reduces the requirement for multiple credentials and reduces management complexity. Static AWS key can be used to bootstrap a IAM role assumption for granting access to applications running outside of AWS(e.g. a CI/CD solution running on-prem deploying code to AWS).\nNote: This will become a requirement on July 1st 2022. All Partner solutions must have a plan to federate identity by January 1st 2022 and complete the integration by July 1st 2022.",
          conditions: [{ flag: "saas", value: true, text: "Applies to: SaaS" }],
          notes: [
            {
              field: "appliesTo",
              reason:
                "Printed 'Applies to: SaaS'. FTR asks no delivery-category question, so this is expressed as the saas condition and appliesTo stays null.",
            },
            {
              field: "requirement",
              reason:
                "The text gives effective dates ('This will become a requirement on July 1st 2022 ... plan to federate identity by January 1st 2022'). The schema has no effective-date field; for any planned submission after 2022-07-01 the control is a full requirement, which is how it is recorded.",
            },
          ],
        },
      ],
    },
    {
      id: "BAR",
      title: "Backups and Recovery",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "BAR-001",
          title: "Perform data backup automatically.",
          requirement:
            "You must perform regular backups to a durable storage service. Backups ensure that you have the ability to recover from administrative, logical, or physical error scenarios. Configure backups to be taken automatically based on a periodic schedule, or by changes in the dataset. RDS instances, EBS volumes, DynamoDB tables, and S3 objects can all be configured for automatic backup. AWS Marketplace solutions or third-party solutions can also be used.",
        },
        {
          id: "BAR-002",
          title: "Perform periodic recovery of the data to verify backup integrity and processes.",
          requirement:
            "Validate that your backup process implementation meets your recovery time objectives (RTO) and recovery point objectives (RPO) by performing a recovery test both on a periodic basis and after making significant changes to your cloud environment. AWS provides resources to help you manage backup and restore of your data.",
          notes: [
            {
              field: "rules",
              reason: "'on a periodic basis' gives no period, so no date rule is recorded.",
            },
          ],
        },
      ],
    },
    {
      id: "DR",
      title: "Disaster Recovery",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "DR-001",
          title: "Define a Recovery Point Objective (RPO) according to your organizational needs.",
          requirement:
            'Your data loss tolerance is the basis of your backup strategy and frequency. Recovery Point Objective (RPO) defines your data loss tolerance in-terms of time. Define a Recovery Point Objective (RPO) according to your organizational needs.\nProvide your RPO in "Partner Response" column of the self-assessment worksheet.',
          response: "value",
          responseLabel: "RPO",
        },
        {
          id: "DR-002",
          title:
            "Establish a Recovery Time Objective (RTO) to meet business needs and expectations. This should be on the order of minutes for all components that are critical for providing service to your customers, but should never exceed 24 hours.",
          requirement:
            'Recovery Time Objective (RTO) defines your tolerance for downtime. The FTR requirement is for the RTO to be less than 24.\nProvide your RTO in "Partner Response" column of the self-assessment worksheet.',
          response: "value",
          responseLabel: "RTO",
          rules: [
            {
              kind: "max-duration",
              subject: "RTO",
              hours: 24,
              source: "should never exceed 24 hours",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "The title says the RTO 'should never exceed 24 hours' (24 h allowed) while the body says 'less than 24' (no unit; 24 h not allowed). max-duration 24 hours is recorded; whether exactly 24 hours passes depends on which sentence the engine follows.",
            },
          ],
        },
        {
          id: "DR-004",
          title: "Test disaster recovery implementation to validate the implementation.",
          requirement:
            'Test failover to DR to ensure that RTO and RPO are met, both periodically and after major updates. The DR test must include accidental data loss, instance, and Availability Zone (AZ) failures. At least one DR test that passes RTO and RPO requirements must be completed prior to FTR approval.\nProvide the last DR test date in "Partner Response" column of the self-assessment worksheet.',
          response: "value",
          responseLabel: "Last DR test date",
          rules: [
            {
              kind: "min-count",
              subject: "DR test that passes RTO and RPO requirements",
              count: 1,
              source:
                "At least one DR test that passes RTO and RPO requirements must be completed prior to FTR approval.",
            },
          ],
          notes: [
            {
              field: "rules",
              reason:
                "The test must be completed 'prior to FTR approval'; the schema has no rule for 'date not after the submission date', so only min-count 1 is recorded. 'periodically' gives no maximum age.",
            },
          ],
        },
      ],
    },
    {
      id: "S3",
      title: "Amazon S3 Bucket Access",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "S3-001",
          title: "Review all Amazon S3 buckets to determine appropriate access levels.",
          requirement:
            "You must ensure that buckets that require public access have been reviewed to determine if public read or write access is needed, and appropriate controls are in place to control public access. When using AWS, it's best practice to restrict access to your resources to the people that absolutely need it (the principle of least privilege).",
        },
        {
          id: "S3-002",
          title: "Restrict access to S3 buckets that should not have public access.",
          requirement:
            "You must ensure that buckets that should not allow public access are properly configured to prevent public access. By default, all S3 buckets are private, and can only be accessed by users that have been explicitly granted access. Most use cases won't require broad-ranging public access to read files from your S3 buckets, unless you're using S3 to host public assets (for example, to host images for use on a public website), and it's best practice to never open access to the public.",
        },
        {
          id: "S3-003",
          title: "Implement monitoring and alerting to identify when S3 buckets become public.",
          requirement:
            "You must have monitoring and alerting in place to identify when S3 buckets become public. Trusted Advisor checks for S3 buckets that have open access permissions. Bucket permissions that grant List access to everyone can result in higher than expected charges if objects in the bucket are listed by unintended users at a high frequency. Bucket permissions that grant Upload/Delete access to everyone create potential security vulnerabilities by allowing anyone to add, modify, or remove items in a bucket. The Trusted Advisor check examines explicit bucket permissions and associated bucket policies that might override the bucket permissions. You can also use AWS Config to monitor your S3 buckets for public access. For more information on using AWS Config to monitor S3, please take a look at this blog.",
        },
      ],
    },
    {
      id: "CAA",
      title: "Cross-Account Access",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "CAA-001",
          title: "Use cross-account roles to access customer accounts.",
          requirement:
            "Cross-account roles reduce the amount of sensitive information AWS Partners need to store for their customers.",
          notes: [
            {
              field: "conditions",
              reason:
                "Cross-account access controls only make sense when the solution accesses customer AWS accounts, but the document states no condition and no scope flag exists; none is recorded.",
            },
          ],
        },
        {
          id: "CAA-007",
          title:
            "Provide guidance or an automated setup mechanism (e.g. AWS CloudFormation template) for creating cross-account role with minimum required privileges.",
          requirement:
            "The policy created for cross-account access in customer accounts must follow the least privilege principle. The partner must provide a role policy document or an automated setup mechanism (e.g. an AWS CloudFormation template) for the customers to use to ensure that the roles are created with minimum required privileges. More information on using AWS CloudFormation to create cross-account roles are available in these blog posts.",
          notes: [
            {
              field: "id",
              reason: "Printed between CAA-001 and CAA-002; the printed order is kept.",
            },
          ],
        },
        {
          id: "CAA-002",
          title: "Use external ID with cross-account roles to access customer accounts.",
          requirement:
            "The external ID allows the user that is assuming the role to assert the circumstances in which they are operating. It also provides a way for the account owner to permit the role to be assumed only under specific circumstances. The primary function of the external ID is to address and prevent the confused deputy problem.",
        },
        {
          id: "CAA-004",
          title:
            "Use a value you generate (not something provided by the customer) for the external ID.",
          requirement:
            "When configuring cross-account access using IAM roles, you must use a value you generate for the external ID, instead of one provided by the customer, to ensure the integrity of the cross account role configuration. A partner-generated external ID ensures that malicious parties cannot impersonate a customer's configuration and enforces uniqueness and format consistency across all customers. If you are not generating an external ID today we recommend implementing a process that ensures a random unique value, such as a Universally Unique Identifier, is generated for the external ID that a customer would use to setup a cross account role.",
        },
        {
          id: "CAA-005",
          title: "Ensure all external IDs are unique.",
          requirement:
            "The external IDs used must be unique across all customers. Re-using external IDs for different customers does not solve the confused deputy problem and runs the risk of customer A being able to view data of customer B by using the role ARN of customer B along with the external ID of customer B. To resolve this, we recommend implementing a process that ensures a random unique value, such as a Universally Unique Identifier, is generated for the external ID that a customer would use to setup a cross account role.",
        },
        {
          id: "CAA-006",
          title: "Provide read-only access to external ID to customers.",
          requirement:
            "Customers must not be able to set or influence external IDs. When the external ID is editable, it is possible for one customer to impersonate the configuration of another. When the external ID is editable Customer A can create a cross account role setup using customer B’s role ARN and external id, granting customer A access to customer B’s data. Remediation of this item involves making the external ID a view only field ensuring that the external ID cannot be changed for purposes of impersonating the setup of another customer.",
        },
        {
          id: "CAA-003",
          title: "Deprecate any historical use of customer-provided IAM credentials.",
          requirement:
            "If your application provides legacy support for the use of static IAM credentials for cross-account access, the application's user interface and customer documentation must make it clear that this method is deprecated and the use of a cross-account IAM role is recommended. Existing customers should be encouraged to switch to cross-account role based-access, and collection of credentials should be disabled for new customers.",
          notes: [
            {
              field: "conditions",
              reason:
                "Conditional in the text ('If your application provides legacy support for the use of static IAM credentials'), but no scope flag exists; none is recorded.",
            },
          ],
        },
      ],
    },
    {
      id: "SDAT",
      title: "Sensitive Data",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "SDAT-001",
          title:
            "Identify sensitive data (e.g. Personally Identifiable Information (PII) and Protected Health Information (PHI)).",
          requirement:
            "Data classification enables you to determine which data needs to be protected and how. Based on the workload and the data it processes, identify the data that is not common public knowledge.",
        },
        {
          id: "SDAT-002",
          title: "Encrypt all sensitive data at rest.",
          requirement:
            "Encryption maintains the confidentiality of sensitive data even when it gets stolen or the network through which it is transmitted becomes compromised.",
        },
        {
          id: "SDAT-003",
          title:
            "Only use protocols with encryption when transmitting sensitive data outside of your VPC.",
          requirement:
            "Encryption maintains data confidentiality even when the network through which it is transmitted becomes compromised.",
        },
        {
          id: "SDAT-004",
          title: "Log access to sensitive data comprehensively throughout the system",
          requirement:
            "Visibility into any unexpected access to sensitive data provides you with the opportunity to perform necessary corrective actions to further protect your data. Scope your systems for components that store sensitive data. Implement application- and resource-level auditing and logging to monitor all access to data and quickly identify unauthorized access.",
        },
      ],
    },
    {
      id: "BAABP",
      title: "Protected Health Information",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "BAABP-001",
          title:
            "If the solution handles Protected Health Information (PHI), the partner must have a Business Associate Addendum (BAA) in place with AWS for every AWS account with PHI",
          requirement:
            "Have a Business Associate Addendum (BAA) in place with AWS for every AWS account with Protected Health Information (PHI).",
          conditions: [{ flag: "phi", value: true, text: PHI_SECTION_TEXT }],
        },
        {
          id: "BAABP-004",
          title:
            "Use services in the HIPAA Eligible Services Reference for solutions handling PHI.",
          requirement:
            "Solutions handling PHI must use services in the HIPAA Eligible Services Reference.",
          conditions: [{ flag: "phi", value: true, text: PHI_SECTION_TEXT }],
        },
      ],
    },
    {
      id: "RCVP",
      title: "Regulatory Compliance Validation Process",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "RCVP-001",
          title: "Establish a process to ensure that all required compliance standards are met.",
          requirement:
            "If you advertise that your product meets specific compliance standards, you must have an internal process for ensuring compliance. Examples of compliance standards include PCI DSS, FedRAMP, and HIPAA. Applicable compliance standards are determined by various factors, such as what types of data the solution stores or transmits and which geographic regions the solution supports.",
          notes: [
            {
              field: "conditions",
              reason:
                "Conditional in the text ('If you advertise that your product meets specific compliance standards'), but no scope flag exists for it (phi is narrower); none is recorded.",
            },
          ],
        },
      ],
    },
  ],
};
