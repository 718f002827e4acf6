import { withAgent } from "@/lib/api/handler";
import { saveUpload } from "@/lib/files/store";
import { readUpload, uploadTempDir } from "@/lib/files/upload-body";
import { toUploadResponse } from "@/lib/files/view";
import type { UploadResponse } from "@/lib/inbox/types";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

/** An agent's upload: streamed to a temporary file, judged from its content, stored, answered with its links. */
export const POST = withAgent(async (req, { agent }) => {
  const { config, db } = await getRuntime();
  const upload = await readUpload(req, config.fileLimits, uploadTempDir(config.dataDir));
  const file = await saveUpload(db, config, { ...upload, agentId: agent.id });
  return Response.json(toUploadResponse(config, file) satisfies UploadResponse, { status: 201 });
});
