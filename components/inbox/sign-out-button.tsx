"use client";

import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useLive } from "./live-events-provider";

export function SignOutButton() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const live = useLive();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      className="min-h-9 px-3"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // First, so the stream neither reconnects without a session nor patches a cleared cache.
        live.close();
        // Customer conversations must not stay in memory on a shared computer.
        queryClient.clear();
        // Stay on the host the agent uses (next-auth's own redirect would go to PUBLIC_URL's).
        void signOut({ redirect: false }).finally(() => {
          router.replace("/login");
          router.refresh();
        });
      }}
    >
      Sign out
    </Button>
  );
}
