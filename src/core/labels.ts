/** Words people read for the catalog's enumerations. */
import type { DcxSegment, ScopeFlag } from "../checklists/schema";

export { DELIVERY_CATEGORY_LABELS } from "../checklists/schema";

export const DCX_SEGMENT_LABELS: Record<DcxSegment, string> = {
  "content-management": "Content Management",
  "marketing-automation": "Marketing Automation",
  "digital-commerce": "Digital Commerce",
  "customer-360": "Customer 360",
};

export const SCOPE_FLAG_LABELS: Record<ScopeFlag, string> = {
  saas: "the solution is SaaS",
  phi: "the solution handles protected health information (PHI) of US customers",
  spot: "the workload uses EC2 Spot capacity",
  multipleClusters: "the workload runs multiple ECS clusters",
  regulatedWorkloads: "the workload is regulated",
  ecsAnywhere: "the workload uses ECS Anywhere",
  efs: "the workload uses Amazon EFS",
  ebs: "the workload uses Amazon EBS volumes",
};
