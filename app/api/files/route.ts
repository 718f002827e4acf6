import { rules } from "@/lib/auth/route-rules";
import { errorResponse, withAgent } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { saveUpload } from "@/lib/files/store";
import { readUpload, uploadTempDir } from "@/lib/files/upload-body";
import { UPLOAD_SLOTS, uploadSlots } from "@/lib/files/upload-slots";
import { toUploadResponse } from "@/lib/files/view";
import type { UploadResponse } from "@/lib/inbox/types";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

// A large upload takes seconds; a client that waits this long finds a slot most of the time.
const RETRY_AFTER_SECONDS = 5;

function tooManyUploads(refused: "agent" | "instance"): Response {
  const message =
    refused === "agent"
      ? `You already have ${UPLOAD_SLOTS.perAgent} uploads in progress. Wait for one to finish, then try again.`
      : "The server is busy receiving other uploads. Try again in a few seconds.";
  const res = errorResponse(new AppError("too_many_uploads", 429, message));
  res.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return res;
}

/** An agent's upload: streamed to a temporary file, judged from its content, stored, answered with its links. */
export const POST = withAgent(rules.signedIn(), async (req, { agent }) => {
  const slot = uploadSlots().acquire(agent.id);
  if ("refused" in slot) return tooManyUploads(slot.refused);
  try {
    const { config, db } = await getRuntime();
    const upload = await readUpload(req, config.fileLimits, uploadTempDir(config.dataDir));
    const file = await saveUpload(db, config, { ...upload, agentId: agent.id });
    return Response.json(toUploadResponse(config, file) satisfies UploadResponse, { status: 201 });
  } finally {
    slot.release();
  }
});
