/**
 * Amazon ECS Service Delivery Validation Checklist, released February 14th, 2025 (validity February 2025-August 2025,
 * usable until November 2025). Transcribed from the published checklist; texts are reproduced as printed (typos
 * included) so they can be matched against the official self-assessment workbook. Markdown escapes of the source
 * are removed and links are kept as their visible text.
 */
import type { ChecklistInput } from "./schema";

/** The Well-Architected waiver printed at the top of the Common Customer Reference Requirements. */
const WAFR_WAIVER_TEXT =
  "If you have completed an AWS Well-Architected Framework Review (WAFR) for the customer example which shows zero outstanding high-risk issues (HRIs) in the Security, Operational Excellence, and Reliability pillars, you are not required to provide evidence for the following requirements. Please upload an exported WAFR report for each of the customer example instead.";

/** The roll-up rule printed at the top of the Common Customer Reference Requirements. */
const COMMON_ROLLUP_TEXT =
  "All of the following requirements must be met by at least one of the two submitted customer examples.";

const EVERY = { rollup: "every" } as const;
const AT_LEAST_ONE = { rollup: "at-least-one" } as const;

export const ecs: ChecklistInput = {
  id: "ecs",
  program: "AWS Service Delivery Program",
  title: "Amazon ECS Service Delivery Validation Checklist",
  version: "February 2025",
  published: "2025-02-14",
  validity:
    "February 2025-August 2025. The next version of this checklist is expected to be released in August 2025. AWS Partners may continue to use this version of the checklist until November 2025.",
  submission: {
    method: "partner-central",
    instructions:
      "When ready to submit a program application, AWS Partners must complete the self-assessment spreadsheet available for download at the top of this page. Upon completion of the self-assessment spreadsheet, AWS Partners must submit an application in AWS Partner Central. All sections of the Self-Assessment Spreadsheet must be completed for each case study and spreadsheet must be attached to the associated application in AWS Partner Central.",
  },
  caseStudies: {
    count: 2,
    publicCount: 0,
    text: "AWS Partner must privately share with AWS details about two (2) unique examples of Amazon ECS projects executed for two (2) unique AWS customers.",
  },
  scopeQuestions: [
    "spot",
    "multipleClusters",
    "regulatedWorkloads",
    "ecsAnywhere",
    "efs",
    "ebs",
    "wellArchitectedReview",
    "plannedSubmissionDate",
    "caseStudyCount",
  ],
  scoring: null,
  notes: [
    {
      field: "wellArchitectedReview",
      reason: `Waiver, printed in bold at the top of the Common Customer Reference Requirements: '${WAFR_WAIVER_TEXT}' 'The following requirements' are all controls of the Common Customer Reference Requirements, i.e. every control of kind common-customer-requirement: sections DOC (Documentation), ACCT (Secure Customer AWS Account Governance and Access), OPE (Operational Excellence), NETSEC (Security - Networking), REL (Reliability) and COST (Cost Optimization). It does not cover the prerequisites or the Amazon ECS Expertise controls (ECS-001 ... ECS-023). The document grants it per customer example (a WAFR report for each customer example) and although the HRI condition names only the Security, Operational Excellence and Reliability pillars, the waiver wording covers DOC and COST too; the scope question is one boolean for all customer examples.`,
    },
    {
      field: "perCaseStudy",
      reason: `Common Customer Reference Requirements are introduced with: '${COMMON_ROLLUP_TEXT}' (repeated as 'All of the following requirements must be met by at least one of the submitted customer references.'), so they roll up with at-least-one, except DOC-001 whose evidence is 'required for all provided customer examples' (every). Amazon ECS Customer Reference Requirements 'relate to how Amazon ECS was used in each provided customer reference' and roll up with every, except ECS-012 ('At least one of the customer example workloads ...').`,
    },
    {
      field: "program",
      reason:
        "The document names both the 'AWS Specialization Program' and the 'AWS Service Delivery Program'; the designation is 'Amazon ECS designation under the AWS Service Delivery Program'.",
    },
    {
      field: "caseStudies.publicCount",
      reason:
        "Public case studies are encouraged, not required: 'Public-facing case studies are encouraged over private case studies ... AWS Partner is not required to publish these details publicly.'",
    },
  ],
  sections: [
    {
      id: "1.0",
      title: "APN Program Requirements",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "1.1",
          title: "Program Guidelines",
          requirement:
            "The AWS Partner must read the Program guidelines and Definitions before submitting the application. Click here for Program details.",
        },
        {
          id: "1.2",
          title: "Services Path Membership",
          requirement:
            "Partner must be at the Validated or Differentiated stage within the Services Path. Partners should talk to their PDR/PDM about how to join the Services Path.",
        },
      ],
    },
    {
      id: "2.0",
      title: "AWS Customer Case Studies",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "2.1",
          title: "Production AWS Customer Case Studies",
          requirement:
            "AWS Partner must privately share with AWS details about two (2) unique examples of Amazon ECS projects executed for two (2) unique AWS customers. Each case study must demonstrate how the Partner used the unique capabilities of the AWS service to address the customer's problem.\nIn addition to the required case study details provided in AWS Partner Central, the partner must also provide architecture diagrams of the specific customer deployment and information listed in the technical requirements sections of this validation checklist.\nThe information provided for these case studies will be used by AWS for validation purposes only. AWS Partner is not required to publish these details publicly.\nAWS Partner can reuse the same case study across different AWS Specialization designations as long as the case study and implementation scope are relevant to those designations. The partner should make sure the existing case study clearly explains the relevance to each designation they are applying for.\nIn cases where a case study is used across multiple AWS Partner Specialization applications, the partner must attach a completed self-assessment spreadsheet for each Specialization with all service-specific details provided.\nAWS will accept one case study per customer. Each customer must be a separate legal entity to qualify. The partner may use an example for an internal or affiliate company of the partner if the offering is available to outside customers.\nAll case studies must describe deployments that have been performed within the past 18 months and must be for projects that are in production with customers, rather than in a ‘pilot’ or proof of concept stage.\nAll case studies provided will be examined in the Documentation Review of the Technical Validation. The partner offering will be removed from consideration if the partner cannot provide the documentation necessary to assess all case studies against each relevant validation checklist item, or if any of the validation checklist items are not met.\nNote: Public-facing case studies are encouraged over private case studies, as they may be used by AWS for marketing purposes and will be featured in Partner Solution Finder. Evidence of a publicly referenceable case study must be provided in the form of a case study, white paper, blog post, or equivalent. In cases where the partner cannot publicly name customers due to the sensitive nature of the customer engagements, the partner may choose to anonymize the public case study. Anonymized public case study details will be published by AWS, but the customer name will remain private. For best practices on how to write an accepted public case study see the Public Case Study Guide.",
          evidence: [
            "Details about two (2) unique examples of Amazon ECS projects executed for two (2) unique AWS customers",
            "Architecture diagrams of the specific customer deployment and information listed in the technical requirements sections of this validation checklist",
          ],
          distinctEvidence: true,
          rules: [
            {
              kind: "max-age",
              subject: "Case study deployment",
              months: 18,
              required: true,
              source:
                "All case studies must describe deployments that have been performed within the past 18 months",
            },
          ],
          notes: [
            {
              field: "perCaseStudy",
              reason:
                "A prerequisite, answered once; the deployment date of each case study is given in the answer's dates (one per case study) and each must be within 18 months.",
            },
            {
              field: "distinctEvidence",
              reason:
                "'two (2) unique AWS customers' and 'AWS will accept one case study per customer. Each customer must be a separate legal entity to qualify.'",
            },
            {
              field: "publicEvidence",
              reason:
                "Public case studies are 'encouraged' and the partner 'is not required to publish these details publicly', so publicEvidence is false.",
            },
            {
              field: "evidence",
              reason:
                "The document prints no evidence list for 2.1; the two items are paraphrased from its text.",
            },
          ],
        },
        {
          id: "2.2",
          title: "Architecture Diagrams",
          requirement:
            "Submitted case studies must include architecture diagrams.\n- Architecture diagrams must detail how the solution interacts with the AWS Cloud; specifically, what AWS tools and services are used in the solution\n- Diagrams must also include evidence of AWS best practices for architecture and security\nNote: Click here for best practices on how to build an acceptable Architecture Diagram.",
          evidence: [
            "Architecture diagrams must detail how the solution interacts with the AWS Cloud; specifically, what AWS tools and services are used in the solution",
            "Diagrams must also include evidence of AWS best practices for architecture and security",
          ],
        },
      ],
    },
    {
      id: "3.0",
      title: "AWS Partner Self-Assessment",
      kind: "prerequisite",
      part: "prerequisites",
      controls: [
        {
          id: "3.1",
          title: "Program Validation Checklist Self-Assessment",
          requirement:
            "AWS Partner must conduct a self-assessment of their compliance to the requirements of the Amazon ECS Service Delivery using the Self-Assessment Spreadsheet linked at the top of this page. All sections of the Self-Assessment Spreadsheet must be completed for each case study and spreadsheet must be attached to the associated application in AWS Partner Central.\nIt is recommended that AWS Partners have their Solutions Architect, PDR, or PDM review the completed self-assessment before submitting to AWS. The purpose of this is to ensure the AWS Partner’s AWS team is engaged and working to provide recommendations prior to the technical validation and to help ensure a positive technical validation experience.",
        },
      ],
    },
    {
      id: "ECS",
      title: "Amazon ECS Expertise",
      kind: "technical",
      part: "requirements",
      controls: [
        {
          id: "ECS-001",
          title: "Amazon ECS represents majority of the workload",
          requirement:
            "Amazon ECS is used to manage majority of all workloads and core data flows for the system. Amazon Elastic Compute Cloud instances (EC2 or Fargate) should be used to manage the underlying infrastructure of the Amazon ECS cluster.",
          evidence: [
            "List of workloads/components that are being deployed to Amazon ECS",
            "The output of running the following command: aws ecs list-tasks",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-002",
          title:
            "Changes to infrastructure and workloads are deployed and updated in an automated and reliable way",
          requirement:
            "Changes to the infrastructure and workloads are automated using infrastructure as code tooling such as AWS CloudFormation, AWS CDK, or other third-party infrastructure as code tooling. These technical artifacts (both infrastructure and workload) must be version controlled and stored in a source repository such as GitHub. The tool being used must have rollback procedures in place in case of failure. *Changes to production clusters/environment cannot be managed/conducted through the AWS management console.",
          evidence: [
            "Infrastructure as code tooling used to manage infrastructure",
            "Description of the tools used for automated deployment",
            "Description of deployment process and rollback procedures",
            "Description of source repository that stores infrastructure and task definition files in source control",
            "Version control system used to manage technical artifacts",
            "Description of CI/CD tooling to automate updates to underlying workloads",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-003",
          title: "Amazon ECS task definition families are used for a singular business purpose",
          requirement:
            "In the context of Amazon Elastic Container Service (ECS), a singular business purpose task is a task that runs a single application process in a container image. This approach is considered best practice when deploying containers on ECS because it ensures that each container image is focused on a single, well-defined function. Having a single purpose for each container makes it easier to manage and maintain the containers, as well as to scale and update individual components. It also improves security by reducing the attack surface and making it easier to apply security patches to specific components.",
          evidence: [
            "Provide a list of created task definitions and description of their business functions.",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-004",
          title: "Tagging strategy and Amazon ECS Managed Tags and Tag Propagation is implemented",
          requirement:
            "To ensure that application versions are tagged appropriately and Amazon ECS Managed Tags and Tag Propagation are enabled, the following practices should be followed:\n- There should be a one-to-one mapping between a version of application code, a container image tag, and a task definition revision. As part of the release process, a git commit should be turned into a container image that has its own associated git commit SHA. That container image tag should then get its own Amazon ECS task definition update.\n- Amazon ECS Managed Tags and Tag Propagation should be enabled to attach and propagate tags on the tasks that the service launches. This is useful for usage and billing reports and can provide insight into resource usage.\n- The tag dimensions should accurately represent how tasks are launched within an Amazon ECS cluster. Example dimensions can include environment=production or application=storefront.",
          evidence: [
            "Description of tagging strategy used by the partner to ensure application versions are tagged appropriately based on running task definitions",
            "Description of tag dimensions that accurately represent how tasks are launched within an Amazon ECS cluster",
            "Example of tag dimensions being used within and/or across Amazon ECS clusters that demonstrate that tasks are being mapped to singular business processes.",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-005",
          title: "Task definition families have their own associated IAM roles",
          requirement:
            "Task definition families should have their own associated IAM roles to limit how much access each service has to resources within a partners AWS accounts",
          evidence: [
            "ARN of task definition files from the case studies provided that shows that the IAM role attached are scoped down by the principles of least privilege",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-006",
          title:
            "Partner has mechanism in place for appropriately determining Amazon ECS task sizes",
          requirement:
            "Task definitions need to be appropriately sized based on application requirements for tasks running in an Amazon ECS cluster to be able to scale properly and for capacity planning purposes.",
          evidence: [
            "Description of resource reservation and limits for running tasks within partners Amazon ECS cluster",
            "Example task definition file that demonstrates proper usage of resource reservations and limits",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-007",
          title:
            "Partner has defined strategy for addressing cluster capacity for Amazon ECS clusters",
          requirement:
            "Amazon ECS Capacity Providers allow for Amazon ECS clusters to scale your clusters up and down for you. The three different capacity providers available include the at least one of the following: 1) Amazon EC2, 2) Fargate, and 3) Fargate Spot. The recommended approach for scaling clusters is to leverage capacity providers and to not scale clusters manually.",
          evidence: [
            "Description of how the partner has configured Amazon ECS capacity providers to address scaling events within their Amazon ECS clusters",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-008",
          title:
            "Partner has defined strategy for leveraging Amazon EC2 Spot and FARGATE_SPOT. Note that this is only applicable for partners leveraging spot capacity with their Amazon ECS clusters.",
          requirement:
            "Spot capacity is appropriate for batch processing, machine-learning workloads, and dev/staging environments where temporary downtime is acceptable. During high demand, the unavailability of Spot capacity can cause delays in Fargate Spot tasks and EC2 Spot instance launches. However, ECS services and EC2 Auto Scaling groups will retry launches until the required capacity is available. Spot capacity will not be replaced with on-demand capacity. When overall demand increases, instances and tasks may be terminated with a two-minute warning, and tasks should start an orderly shutdown to minimize errors. To minimize Spot shortages, partners should utilize capacity across multiple regions and availability zones, leverage multiple EC2 instance types in autoscaling groups, and use a capacity-optimized Spot allocation strategy",
          evidence: [
            "Description of the strategy used to minimize Spot capacity shortages when utilizing EC2 Spot Instances and Fargate Spot.",
            'Output of "aws ecs describe-capacity-providers —region $region".',
            'Output of "aws ec2 describe-spot-fleet-requests —region $region".',
          ],
          perCaseStudy: EVERY,
          conditions: [
            {
              flag: "spot",
              value: true,
              text: "Note that this is only applicable for partners leveraging spot capacity with their Amazon ECS clusters.",
            },
          ],
          notes: [
            {
              field: "evidence",
              reason:
                "Printed before the evidence items: 'Note : Please note that the AWS CLI command below should be run prior to completing the self-assessment'. The CLI commands are printed with an em dash ('—region'); the CLI option is '--region'.",
            },
            {
              field: "naAllowed",
              reason:
                "The condition is stated per partner, not per case study, and the text does not allow N/A; if only one customer example uses Spot, the 'every' roll-up asks it of both. Left as printed.",
            },
          ],
        },
        {
          id: "ECS-009",
          title: "Partner has mechanism for managing multiple Amazon ECS clusters",
          requirement:
            "Partners that spread their workloads across multiple Amazon ECS clusters must have a uniform and consistent method for provisioning of container-related infrastructure, and management of workloads across multiple clusters. Use cases for having multiple Amazon ECS clusters include the following as examples:\n- Resource isolation: You might want to create separate Amazon ECS clusters for different applications or environments, to isolate their resources and prevent potential interference between them.\n- Different deployment pipelines: If you have multiple applications with different deployment pipelines, you can create separate Amazon ECS clusters for each application to manage their deployments independently.\n- Different scaling requirements: If you have different applications with varying resource utilization patterns, you can create separate Amazon ECS clusters for each application to optimize their scaling and cost.\n- Different security requirements: If you have different applications with different security requirements, you can create separate Amazon ECS clusters for each application to manage their security independently.\n- Different network requirements: If you have different applications with different network requirements, you can create separate Amazon ECS clusters for each application to manage their network resources independently.",
          evidence: [
            "Description of IaC tool being used to define and deploy Amazon ECS clusters. Partners may also provide sample templates that cover how container related infrastructure is being deployed and managed.",
            "Description of the tool being used for multi-cluster management.",
            "If Amazon ECS clusters and their respective workloads are being deployed on-prem using ECS-A, hybrid scenarios, please provide justification for doing so.",
            "If multiple AWS accounts are being used, please provide description that details how AWS accounts are mapped per cluster/workload and the purpose for each cluster being defined. Example would be a scenario in which an AWS account is being used as the “management” or “control” plane that is then used to deploy Amazon ECS clusters to target AWS accounts.",
          ],
          perCaseStudy: EVERY,
          conditions: [
            {
              flag: "multipleClusters",
              value: true,
              text: "Partners that spread their workloads across multiple Amazon ECS clusters must have a uniform and consistent method for provisioning of container-related infrastructure, and management of workloads across multiple clusters.",
            },
          ],
          notes: [
            {
              field: "conditions",
              reason:
                "The title does not restrict the control, but the requirement addresses 'Partners that spread their workloads across multiple Amazon ECS clusters' and evidence is asked 'for multi-cluster workloads'; recorded as the multipleClusters condition. The text does not allow N/A.",
            },
          ],
        },
        {
          id: "ECS-010",
          title:
            "Partner uses an image scanning tool that runs a security scan before any image is used within the cluster",
          requirement:
            "Any image that is being used within the cluster must be stored in an image repository such as Amazon ECR and must go through a security scan to ensure that there are no security vulnerabilities. The partner should also have a process in place where images are regularly scanned for vulnerabilities.",
          evidence: [
            "Description of image repository being used for submitted case studies",
            "Description of the tool and configuration used to protect running containers within the cluster. If ECR is being used, task definitions should demonstrate the proper configurations: Amazon ECR repository policies allow Amazon ECS tasks to pull container images; Image versions in ECR should match versions specified in task definition files",
            "Partner should have monitoring/observability mechanism/tooling to monitor usage of ECR repository to ensure that expected container images are being pulled and stored in Amazon ECR",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "evidence",
              reason:
                "The second evidence item has two nested bullets in the source; they are joined into that item with '; '.",
            },
          ],
        },
        {
          id: "ECS-011",
          title: "Partner uses a runtime security tool for all containerized workloads",
          requirement:
            "The workloads running inside a cluster must have active protection for any containerized workload that is actively running inside the cluster that includes preventing malicious syscalls being made to the underlying host operating system. Restricting what syscalls can be made from inside the container can help aid in reducing the applications attack surface. Note that runtime security configurations is different between Windows and Linux Containers",
          evidence: [
            "Amazon ECS cluster has a tool or configuration in place to protect running containers from malicious syscalls being made to the underlying host operating system.",
            "The specific tool or configuration used for protection provides evidence that it is actively protecting running containers",
            "If open-source tooling/third party tooling is being used, provide description of the specific tool and security modules/configurations added",
            "If Windows containers are being used, the robust security boundary within the Windows environment and the tool used to assess running Windows containers",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-012",
          title:
            "Use of operating systems optimized for running containerized workloads on Amazon ECS",
          requirement:
            "Partner should be leveraging Amazon ECS optimized AMI’s that are optimized for containerized workloads to ensure that customer workloads are protected. At least one of the customer example workloads is implemented on one of the operating systems listed below. Other operating systems may be considered given that the partner provides justification for using such operating system with their Amazon ECS cluster.\n- Amazon Linux\n- Ubuntu Linux\n- Bottlerocket OS\n- Windows",
          evidence: [
            "Operating system being used as part of the implementation. If a different operating system was implemented outside of the ones listed above, please provide the name of the distribution being used along with the use case",
            "If partner is not using Amazon ECS optimized AMIs, please provide justification as to why",
          ],
          perCaseStudy: AT_LEAST_ONE,
          notes: [
            {
              field: "perCaseStudy",
              reason:
                "'At least one of the customer example workloads is implemented on one of the operating systems listed below' makes one customer example enough (at-least-one).",
            },
          ],
        },
        {
          id: "ECS-013",
          title:
            "Partner has mechanism for addressing compliance standards and frameworks for workloads that must adhere to regulatory compliance standards i.e SOC, PCI, FedRAMP, HIPAA, etc. A comprehensive list of AWS service that in scope by compliance program can be found here (http://aws.amazon.com/compliance/services-in-scope/)",
          requirement:
            "Partners that are working with customers in which the underlying workloads must adhere to compliance standards and frameworks carry the compliance responsibility of ensuring that the sensitivity of customer data, customers compliance objectives, and applicable laws and regulations are addressed based on the specific compliance standard the customer needs to adhere to. Note that if the customer references do not require to adhere to regulatory or compliance standards, the partner may answer with N/A.",
          evidence: [
            "Description of internal processes and tooling used to address customer workloads that must adhere to regulatory compliance standards",
            "Description of operational run books that is passed off to the customer after the workload has been implemented that outlines the regulatory compliance guidelines needed to address third-party audits",
          ],
          perCaseStudy: EVERY,
          naAllowed: true,
          conditions: [
            {
              flag: "regulatedWorkloads",
              value: true,
              text: "Note that if the customer references do not require to adhere to regulatory or compliance standards, the partner may answer with N/A.",
            },
          ],
          notes: [
            {
              field: "title",
              reason:
                "The printed heading carries a Markdown link '[here](http://aws.amazon.com/compliance/services-in-scope/)' left unrendered; it is written as 'here (URL)'.",
            },
          ],
        },
        {
          id: "ECS-014",
          title:
            "Amazon ECS capacity deployed on-prem or at different edge locations must follow the best practices for leveraging ECS-A. Applies to Partners deploying solutions that leverage ECS-A. Note that this control is not mandatory for case studies submitted that do not cover on-prem/edge deployments leveraging ECS-A.",
          requirement:
            "Amazon ECS capacity being deployed on-prem or at different edge locations must follow the best practices for leveraging ECS-A which can be found here (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html).\nPartners that are leveraging ECS-A for deploying capacity on-prem or at various edge locations must provide the following as evidence",
          evidence: [
            "Description and/or guidance given to customers that demonstrates the ability to deploy ECS-Anywhere capacity across different environments outside of AWS.",
            "Description and/or guidance given to customers that demonstrates the ability to provision ECS-A capacity at different edge locations. AWS Outposts is considered a valid edge location.",
          ],
          perCaseStudy: EVERY,
          naAllowed: true,
          conditions: [
            {
              flag: "ecsAnywhere",
              value: true,
              text: "Applies to Partners deploying solutions that leverage ECS-A. Note that this control is not mandatory for case studies submitted that do not cover on-prem/edge deployments leveraging ECS-A.",
            },
          ],
          notes: [
            {
              field: "naAllowed",
              reason:
                "The text does not say 'N/A' but 'not mandatory for case studies submitted that do not cover on-prem/edge deployments leveraging ECS-A', i.e. a case study without ECS-A may answer N/A; naAllowed is set to true on that reading.",
            },
          ],
        },
        {
          id: "ECS-015",
          title:
            "Partner has a defined mechanism for ingress to control and configure network traffic into the ECS cluster.",
          requirement:
            "Partner should have a strategy around how to control network traffic that is going into the tasks to securely allow traffic into the tasks. This includes specifying the ingress controller of choice and specifying a set of rules to configure ingress traffic. All layer 7 traffic must be secured with TLS or mTLS.",
          evidence: [
            "Description of the ingress controller and infrastructure like: VPCs, NAT Gateways, Subnets, and ENIs and their configurations. Partners may also provide screenshot or pseudo-code that describes how the ingress method of choice is configured to securely allow traffic into the tasks.",
            "Description of network modes and load balancing systems and their associated configurations; along with elaborations on why certain strategies were used.",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-016",
          title:
            "Partner has a defined mechanism to address IP Exhaustion when deploying many tasks",
          requirement:
            "Partners deploying Tasks to Amazon ECS need to adhere to the potential networking concerns around IP exhaustion within the VPC that the tasks are being deployed to. There are a variety of mechanisms to address IP exhaustion with various systems available within Amazon ECS. Note that if auto-scaling groups or managed node groups are being used then this does not apply to Fargate use cases.",
          evidence: [
            "Description on strategy about how to address IP exhaustion within the VPC that the ECS Tasks are being deployed to such as, Multiple subnets, custom ENI configurations with Trunking, changing task density based on official documentation found here: AWS ECS Documentation for IP Exhaustion",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "conditions",
              reason:
                "'Note that if auto-scaling groups or managed node groups are being used then this does not apply to Fargate use cases.' is unclear (it seems to exempt Fargate-only use cases) and no scope flag exists for Fargate; no condition is recorded and N/A is not marked as allowed.",
            },
          ],
        },
        {
          id: "ECS-017",
          title:
            "Partner has mechanisms to facilitate communication within the customer’s services, AWS Services and external systems.",
          requirement:
            "Partners deploying tasks to Amazon ECS need to consider the collection of customer tasks and ensure communication between them is facilitated without traversing external load balancers. There are a variety of mechanisms to permit communication within ECS, with AWS services and with other external systems.",
          evidence: [
            "Description of networking choices made to connect to AWS Services, to customer services, to external systems such as, service mesh (ECS Service Connect or AppMesh), internal load balancers, integration with API gateway, etc based on official documentation found here: AWS ECS Documentation for connectivity",
          ],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-018",
          title: "Solutions have proper observability mechanisms in place",
          requirement:
            "Partner must have proper observability mechanisms in place that address logging, metrics, and tracing with ability to drill down to the individual app/container level:\n- Ability to collect and filter metrics at both the application/container layer and the infrastructure layer.\n- Ability to capture metrics and logs during service-level scaling event\n- Ability to support monitoring of several environments - environments that span multiple AWS Regions, accounts, and/or hybrid (ECS & ECS Anywhere, if applicable)\n- Ability to support distributed tracing to analyze and debug applications running within an Amazon ECS cluster",
          evidence: ["Description of observability mechanism that addresses the above."],
          perCaseStudy: EVERY,
        },
        {
          id: "ECS-019",
          title:
            "Partners have selected storage options best suited for the needs of the application based upon scalability, access latency, performance and OS requirements",
          requirement:
            "Partner must determine the storage needs of the ECS tasks and provision the appropriate type of storage for the containers. Best-practice matching use cases for storage each type include:\n- EFS for Linux containers on Fargate or EC2 with concurrent access and horizontal scalability requirements\n- EBS for EC2 deployed transactional database applications with sub-millisecond latency requirements, that do not require a shared file system when scaled horizontally. (EBS is unavailable for Fargate deployments currently).\n- External Database service integrations for workloads without ultra-low latency requirements\n- EBS for workloads that require high performance storage during their lifecycle but do not require data persistence after task completion\n- Docker Volumes plugin may be used for ECS tasks using the docker container runtime provided they are hosted on an EC2 instance with an EBS volume available to mount to, however use of this volume type may result in data loss if the instance is stopped and the task is relocated\n- FSx for Windows File Server for clusters that contain windows instances\n- Other 3rd party plugins or integrations may be used depending on the specific requirements for the workload and performance characteristics of the storage option selected",
          evidence: [
            "Description of the workload and storage selected, required (or expected) performance metrics needed and the reasoning for each storage/workload pairing",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "section",
              reason:
                "Printed before ECS-019 as a bullet: 'Persistent Storage: Partner should follow the best practices for persistent storage use to maintain reliability, availability and performance of the customer applications deployed within Amazon ECS'. It reads as a sub-heading for ECS-019 ... ECS-022 but is not a printed section heading, so the controls stay in Amazon ECS Expertise.",
            },
            {
              field: "conditions",
              reason:
                "The text states no condition (a workload without persistent storage is not addressed); none is recorded.",
            },
          ],
        },
        {
          id: "ECS-020",
          title:
            "Workloads using Amazon Elastic File System (EFS) for persistent storage provide a mount target in each availability zone that will host ECS tasks",
          requirement:
            "For workloads that utilize EFS, an Amazon ECS task can only mount an Amazon EFS file system if the Amazon EFS filesystem has a mount target in the Availability Zone the task runs in. The Partner must ensure all Availability zones that will run tasks have a mount point available so that storage is accessible throughout the cluster",
          evidence: [
            "Confirmation of whether EFS was or was not used (If no EFS was used, this requirement is N/A)",
            "A list of the Availability zones that are expected to run tasks, and confirmation that access points have been made in each of these availability zones",
          ],
          perCaseStudy: EVERY,
          naAllowed: true,
          conditions: [
            {
              flag: "efs",
              value: true,
              text: "If no EFS was used, this requirement is N/A",
            },
          ],
        },
        {
          id: "ECS-021",
          title:
            "Access to Persistent Storage is secure and only accessible to applications that need it.",
          requirement:
            "Access restrictions can be applied via several methods:\n- Security Groups can be configured to permit and deny traffic to EFS mount targets on port 2049 based upon the security group connected to the ECS instances, or when using awsvpc network mode within the cluster at the ECS task level\n- ECS tasks can be configured to require an IAM role for file system access when mounting to the EFS file system. See Using IAM to control file system data access (https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html) in the Amazon Elastic File System User Guide.\n- Amazon EFS access points are application-specific entry points into an Amazon EFS file system. You can use access points to enforce a user identity, including the user's POSIX groups, for all file system requests that are made through the access point. Access points can also enforce a different root directory for the file system. This is so that clients can only access data in the specified directory or its sub-directories.",
          evidence: [
            "Description of how access requirements were evaluated",
            "Description of the method chosen to secure access to only the entities requiring access",
            "Example configuration showing the access control in place (Security group configuration, IAM role based EFS access setup, EFS Access point identity requirements)",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "conditions",
              reason:
                "All the access methods listed are EFS-specific, but the control is worded for persistent storage in general and states no condition; no efs condition is recorded. Doubtful: a reviewer may accept N/A without persistent storage.",
            },
          ],
        },
        {
          id: "ECS-022",
          title:
            "Workloads using EBS to persist container data utilize task placement constraints appropriately to maintain access to data throughout the task lifecycle",
          requirement:
            "When using EBS to store data for tasks in Amazon EC2, it's recommended to use task placement constraints to ensure that the task and its data are kept together. This is important for applications that need to persist data after the task ends, like a MySQL database. For tasks that don't need to persist data, task placement constraints are not necessary. For example, a task that processes large amounts of data may need high performance storage, which EBS can provide, but data persistence is not important.",
          evidence: [
            "List of EBS volumes and tasks associated with each volume",
            "Task description for each workload using an EBS volume, and data persistency requirements",
            "If the workload(s) required data to persist outside the task’s lifecycle, provide an example of the task placement constraints that will ensure restarted tasks are placed with the EBS volume they require",
          ],
          perCaseStudy: EVERY,
          conditions: [
            {
              flag: "ebs",
              value: true,
              text: "Workloads using EBS to persist container data utilize task placement constraints appropriately to maintain access to data throughout the task lifecycle",
            },
          ],
          notes: [
            {
              field: "naAllowed",
              reason:
                "The condition is stated in the title ('Workloads using EBS to persist container data'); unlike ECS-020 the text does not say N/A, so naAllowed stays false.",
            },
          ],
        },
        {
          id: "ECS-023",
          title: "Partner has mechanism for addressing multi-tenant workloads",
          requirement:
            "Partners that are implementing multi-tenant workloads on behalf of their customer must be aware of the various levels of tenancy that can be achieved on Amazon ECS. “Soft” isolation or multi-tenancy on Amazon ECS is the approach of leveraging task level resource quotas, tenant specific IAM roles for ECS tasks, and namespaces in AWS Cloud Map to create isolation boundaries between tasks within an Amazon ECS cluster.\nPartners that need to adhere to highly-regulated industries or in SaaS environments where strong isolation is required, the partner must demonstrate that they understand the drawbacks of operating in an environment with strong multi-tenancy requirements. This typically includes tenants having their own fully isolated ECS cluster along with tenants having their own dedicated AWS account.",
          evidence: [
            "Task definition file used as part of the case study submitted that has resource quotas defined in the task file",
            "IAM role that is used as part of the case study submitted to isolate tenants operating within the same ECS cluster",
            "Namespace configuration defined for service discovery in AWS Cloud Map",
            "Short description of the specific requirements set out by the client that constitutes operating in an environment with hard multi-tenancy.",
            "Description of a Tenant Operator being used to manage tenants within a cluster.",
            "Tooling/ISV solution to help run/manage multiple virtualized clusters on a single underlying cluster which allows for hard(er) multi-tenancy.",
            "Tooling/ISV solution to help run/manage multiple AWS accounts i.e AWS Organizations",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "evidence",
              reason:
                "Evidence items 4-7 are asked only of 'Partners that need to adhere to highly-regulated industries or in SaaS environments where strong isolation is required'; the schema cannot make single evidence items conditional.",
            },
            {
              field: "conditions",
              reason:
                "The control addresses 'Partners that are implementing multi-tenant workloads on behalf of their customer', but no scope flag exists for multi-tenancy and the text does not allow N/A; no condition is recorded.",
            },
          ],
        },
      ],
    },
    {
      id: "DOC",
      title: "Documentation",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "DOC-001",
          title: "Provide Architecture diagram designed with scalability and high availability",
          requirement:
            "AWS Partner must submit architecture diagrams depicting the overall design and deployment of its AWS Partner solution on AWS as well as any other relevant details of the solution for the specific customer in question.\nThe submitted diagrams are intended to provide context to the AWS Solutions Architect conducting the Technical Validation. It is critical to provide clear diagrams with an appropriate level of detail that enable the AWS Solutions Architect to validate the other requirements listed below.\nEach architecture diagram must show:\n- All of the AWS services used\n- How the AWS services are deployed, including virtual private clouds (VPCs), availability zones, subnets, and connections to systems outside of AWS.\n- Elements deployed outside of AWS, e.g. on-premises components, or hardware devices.\n- how design scales automatically - Solution adapts to changes in demand. The architecture uses services that automatically scale such as Amazon S3, Amazon CloudFront, AWS Auto Scaling, and AWS Lambda.\n- how design has high availability with multi-AZ or multi-region deployment. When intentional tradeoffs have been made (e.g. to optimize cost in favor of high availability), please explain the customer's requirements.",
          evidence: [
            "An architecture diagram depicting the overall design and deployment of your solution on AWS.",
            "Explanation of how the major solutions elements will keep running in case of failure.",
            "Description of how the major solutions elements scale up automatically.",
          ],
          perCaseStudy: EVERY,
          notes: [
            {
              field: "perCaseStudy",
              reason:
                "The section intro says 'at least one of the two submitted customer examples', but DOC-001's evidence is 'required for all provided customer examples'; the control's own wording wins (every).",
            },
          ],
        },
      ],
    },
    {
      id: "ACCT",
      title: "Secure Customer AWS Account Governance and Access",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "ACCT-001",
          title: "Define Secure AWS Account Governance Best Practice",
          requirement:
            "AWS expects all Services Partners to be prepared to create AWS accounts and implement basic security best practices. Even if most of your customer engagements do not require this, you should be prepared in the event you work with a customer who needs you to create new accounts for them.\nEstablish internal processes regarding how to create AWS accounts on behalf of customers when needed, including:\n- When to use root account for workload activities\n- Enable MFA on root\n- Set the contact information to corporate email address or phone number\n- Enable CloudTrail logs in all region and protect CloudTrail logs from accidental deletion with a dedicated S3 bucket",
          evidence: [
            "Documents describing Security engagement SOPs which met all the 4 criteria defined above. Acceptable evidence types are security training documents, internal wikis, or standard operating procedures documents.",
            "Description of how Secure AWS Account Governance is implemented in one (1) of the submitted customer examples.",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
        {
          id: "ACCT-002",
          title:
            "Define identity security best practice on how to access customer environment by leveraging IAM",
          requirement:
            "Define standard approach to access customer-owned AWS accounts, including:\n- Both AWS Management Console access and programmatic access using the AWS Command Line Interface or other custom tools.\n- When and how to use temporary credentials such as IAM roles\n- Leverage customer's existing enterprise user identities and their credentials to access AWS services through Identity Federation or migrating to AWS Managed Active Directory\nEstablish best practices around AWS Identity and Access Management (IAM) and other identity and access management systems, including:\n- IAM principals are only granted the minimum privileges necessary. Wildcards in Action and Resource elements should be avoided as much as possible.\n- Every AWS Partner individual who accesses an AWS account must do so using dedicated credentials",
          evidence: [
            "Security engagement Standard Operation Procedure (SOP) which met all the 2 criteria defined above. Acceptable evidence types are: security training documents, internal wikis, standard operating procedures documents. Written descriptions in the self-assessment excel is not acceptable.",
            "Description of how IAM best practices are implemented in one (1) of the submitted customer examples.",
          ],
          perCaseStudy: AT_LEAST_ONE,
          notes: [
            {
              field: "evidence",
              reason:
                "'Written descriptions in the self-assessment excel is not acceptable.' The schema cannot say that evidence must be a linked document rather than text in Partner Response.",
            },
          ],
        },
      ],
    },
    {
      id: "OPE",
      title: "Operational Excellence",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "OPE-001",
          title: "Define, monitor and analyze customer workload health KPIs",
          requirement:
            "AWS Partner has defined metrics for determining the health of each component of the workload and provided the customer with guidance on how to detect operational events based on these metrics.\nEstablish the capability to run, monitor and improve operational procedure by:\n- Defining, collecting and analyzing workload health metrics w/AWS services or 3rd Party tool\n- Exporting standard application logs that capture errors and aid in troubleshooting and response to operational events.\n- Defining threshold of operational metrics to generate alert for any issues",
          evidence: [
            "Standardized documents or guidance on how to develop customer workload health KPIs with the three components above",
            "Description of how workload health KPIs are implemented in (1) of the submitted customer examples.",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
        {
          id: "OPE-002",
          title: "Define a customer runbook/playbook to guide operational tasks",
          requirement:
            "Create a runbook to document routine activities and guide issue resolution process with a list of operational tasks and troubleshooting scenarios covered that specifically addresses the KPI metrics defined in OPE-001.",
          evidence: ["Standardized documents or runbook met the criteria defined above."],
          perCaseStudy: AT_LEAST_ONE,
        },
        {
          id: "OPE-003",
          title: "Use consistent processes (e.g. checklist) to assess deployment readiness",
          requirement:
            "Deployments are tested or otherwise validated before being applied to the production environment. For example, DevOps pipelines used for the project for provisioning resources or releasing software and applications.\nUse a consistent approach to deploy to customers including:\n- A well-defined testing process before launching in production environment\n- Automated testing components",
          evidence: [
            "A deployment checklist example or written descriptions met all the criteria defined above.",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
      ],
    },
    {
      id: "NETSEC",
      title: "Security - Networking",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "NETSEC-001",
          title:
            "Define security best practices for Virtual Private Cloud (Amazon VPC) and other network security considerations.",
          requirement:
            "Establish internal processes regarding how to secure traffic within VPC, including:\n- Security Groups to restrict traffic between Internet and Amazon VPC\n- Security Groups to restrict traffic within the Amazon VPC\n- Network ACL to restrict inbound and outbound traffic\n- Other AWS security services to protect network security",
          evidence: [
            "Written descriptions/documents on network security best practices met the criteria defined above.",
            "Description of how network security is implementation in one (1) of the submitted customer examples.",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
        {
          id: "NETSEC-002",
          title: "Define data encryption policy for data at rest and in transit",
          requirement:
            "Establish internal processes regarding a data encryption policy used across all customer projects\n- Summary of any endpoints exposed to the Internet and how traffic is encrypted\n- Summary of processes that make requests to external endpoints over the Internet and how traffic is encrypted\n- Enforcing encryption at rest. By default you should enable the native encryption features in an AWS service that stores data unless there is a reason not to.\n- All cryptographic keys are stored and managed using a dedicated key management solution",
          evidence: [
            "Data encryption and key management policy met the criteria defined above.",
            "Description of how data encryption is implementation in one (1) of the submitted customer examples.",
          ],
          perCaseStudy: AT_LEAST_ONE,
          notes: [
            {
              field: "requirement",
              reason:
                "In the source the fourth item ('All cryptographic keys are stored and managed using a dedicated key management solution') is printed at the outer bullet level, next to 'Please provide the following as evidence'; it is read as the fourth criterion of the policy.",
            },
          ],
        },
      ],
    },
    {
      id: "REL",
      title: "Reliability",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "REL-001",
          title: "Automate Deployment and leverage infrastructure-as-code tools.",
          requirement:
            "Changes to infrastructure are automated for customer implementation\n- Tools like AWS CloudFormation, the AWS CLI, or other scripting tools were used for automation.\n- Changes to the production environment were not done using the AWS Management Console.",
          evidence: [
            "Written description of deployment automation and an example template (e.g., CloudFormation templates, architecture diagram for CI/CD pipeline) met the criteria defined above.",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
        {
          id: "REL-002",
          title:
            "Plan for disaster recovery and recommend Recoverty Time Objective (RTO) and Recoverty Point Objective (RPO).",
          requirement:
            "Incorporate resilience discussion and advise a RTO&PRO target when engaging with customer. Customer acceptance and adoption on RTO/RPO is not required.\n- Establish a process to establish workload resilience including:\n- RTO & RPO target\n- Explanation of the recovery process for the core components of the architecture\n- Customer awareness and communication on this topic",
          evidence: [
            "Descriptions or documents on workload resilience guidance met the three criteria defined above",
            "Description of how resilience is implementation in one (1) of the submitted customer examples including reasons for exception when RTO&RPO is not defined",
          ],
          perCaseStudy: AT_LEAST_ONE,
          notes: [
            {
              field: "response",
              reason:
                "An RTO/RPO target is to be advised to the customer, but the document does not ask for the values in Partner Response and states no limit, so the response stays Met Y/N with no max-duration rule. Typos ('Recoverty', 'RTO&PRO') are kept as printed.",
            },
          ],
        },
      ],
    },
    {
      id: "COST",
      title: "Cost Optimization",
      kind: "common-customer-requirement",
      part: "requirements",
      controls: [
        {
          id: "COST-001",
          title: "Develop total cost of ownership analysis or cost modelling",
          requirement:
            "Determine solution costs using right sizing and right pricing for both technical and business justification.\nConducted TCO analysis or other form of cost modelling to provide the customer with an understanding of the ongoing costs including all the following 3 areas:\n- Description of the inputs used to estimate the cost of the solution\n- Summary of the estimates or cost model provided to the customer before implementation\n- Business value analysis or value stream mapping of AWS solution",
          evidence: [
            "Description of how to develop cost analysis or modeling with the critical components defined above",
            "Cost analysis example in one (1) of the submitted customer examples. Acceptable evidence types are: price calculator link, reports or presentations on business values analysis",
          ],
          perCaseStudy: AT_LEAST_ONE,
        },
      ],
    },
  ],
};
