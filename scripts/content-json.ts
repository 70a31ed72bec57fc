// `npm run --silent content:json`: the whole validated dataset as JSON (for check-quotes.mjs and review).
import { dataset } from "../content";

process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
