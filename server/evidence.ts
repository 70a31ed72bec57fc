import "server-only";
import { dataset } from "@/content";
import { indexDataset } from "@/lib/evidence";

/** The validated dataset, indexed once per server process. */
export const evidence = indexDataset(dataset);
export { dataset };
