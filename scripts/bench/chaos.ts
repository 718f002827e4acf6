// `npm run bench:chaos`: 500 replies across 20 chats through the production build (run
// `npm run build` first) in live mode, with a fifth of the sends failing at the Afilnet stand-in
// and the app killed -9 three times. Prints lost and duplicated replies (both must be 0).
import { parseArgs } from "node:util";
import { runChaos } from "./chaos-run";

const { values } = parseArgs({
  options: {
    replies: { type: "string", default: "500" },
    conversations: { type: "string", default: "20" },
    restarts: { type: "string", default: "3" },
  },
});

async function main(): Promise<void> {
  const result = await runChaos({
    replies: Number(values.replies),
    conversations: Number(values.conversations),
    restarts: Number(values.restarts),
    appPort: 3177,
    providerPort: 3178,
  });
  console.log(JSON.stringify(result, null, 2));
  console.log(`lost=${result.lost} duplicated=${result.duplicated} outOfOrder=${result.outOfOrder} notSent=${result.notSent} time=${result.seconds.toFixed(1)}s`);
  process.exit(result.lost === 0 && result.duplicated === 0 && result.outOfOrder === 0 && result.notSent === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
