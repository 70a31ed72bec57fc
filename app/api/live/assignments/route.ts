import { createAssignmentSchema } from "@/lib/assign/schemas";
import { addressOf, handle, json, readBody } from "@/server/live/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async (live) => {
    const body = await readBody(request, createAssignmentSchema);
    return json(201, await live.assignments.create(body, addressOf(request, live)));
  });
}
