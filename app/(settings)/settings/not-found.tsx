import { EmptyState } from "@/components/ui/empty-state";

/** An admin page opened by someone else, or a page that does not exist. */
export default function SettingsNotFound() {
  return <EmptyState>This settings page does not exist, or only admins can open it.</EmptyState>;
}
