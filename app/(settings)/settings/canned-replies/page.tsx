import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listCannedReplies } from "@/lib/teams/canned-replies";
import { requireAdmin } from "../require-settings";
import { CannedRepliesPanel } from "./canned-replies-panel";

export default async function CannedRepliesPage() {
  await requireAdmin("/settings/canned-replies");
  const replies = await listCannedReplies((await getRuntime()).db);
  return (
    <SettingsSection
      title="Canned replies"
      description={
        <>
          Typing <kbd className="rounded bg-gray-100 px-1">/</kbd> at the start of the message box offers these. <code>{"{{contact.name}}"}</code>, <code>{"{{agent.name}}"}</code> and{" "}
          <code>{"{{channel.name}}"}</code> are filled in when the reply is sent.
        </>
      }
    >
      <CannedRepliesPanel replies={replies} />
    </SettingsSection>
  );
}
