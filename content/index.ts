/** The evidence base, parsed and cross-checked once when first imported (build, tests, CLI). */
import { parseDataset } from "@/lib/dataset";
import { authorities } from "./authorities";
import { claims } from "./claims";
import { notStated } from "./not-stated";
import { rotationNotStated } from "./not-stated-rotation";
import { places } from "./places";
import { quotes } from "./quotes";
import { source } from "./source";
import { steps } from "./steps";
import { timeline } from "./timeline";

export const dataset = parseDataset({
  source: { file: "content/source.ts", data: source },
  authorities: { file: "content/authorities.ts", data: authorities },
  quotes: { file: "content/quotes.ts", data: quotes },
  places: { file: "content/places.ts", data: places },
  claims: { file: "content/claims.ts", data: claims },
  notStated: {
    file: "content/not-stated*.ts",
    data: [...notStated, ...rotationNotStated],
  },
  timeline: { file: "content/timeline.ts", data: timeline },
  steps: { file: "content/steps.ts", data: steps },
});
