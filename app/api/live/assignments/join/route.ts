import { joinSchema } from "@/lib/live/schemas";
import { addressOf, handle, json, readBody } from "@/server/live/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async (live) => {
    const body = await readBody(request, joinSchema);
    return json(201, await live.assignments.join(body, addressOf(request, live)));
  });
}
