"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

const ITEM = "block w-full px-3 py-2 text-left text-sm text-gray-800 hover:bg-gray-100 focus:bg-gray-100 focus:outline-none disabled:text-gray-400";

/**
 * A button opening a menu, keyboard first: the first item takes focus, arrows move, Escape (or a
 * click elsewhere) closes and gives focus back to the button.
 */
export function MenuButton({
  label,
  items,
  disabled,
  icon,
  above = false,
  shortcut,
}: {
  label: string;
  items: MenuItem[];
  disabled?: boolean;
  /** Shown instead of the label (which then names the button for assistive technology). */
  icon?: React.ReactNode;
  /** Opens upwards, for a button at the bottom of the screen (the composer). */
  above?: boolean;
  /** The button's `data-shortcut`: how a keyboard shortcut finds it, whatever the language. */
  shortcut?: string;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not(:disabled)")?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  function onKeyDown(event: React.KeyboardEvent) {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not(:disabled)") ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  return (
    <div className="relative">
      <Button
        ref={buttonRef}
        variant="secondary"
        size="sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        data-shortcut={shortcut}
        aria-label={icon ? label : undefined}
        title={icon ? label : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {icon ?? label}
      </Button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onKeyDown}
          className={`absolute z-20 max-h-80 min-w-48 overflow-y-auto rounded-lg border border-gray-200 bg-surface py-1 shadow-lg ${above ? "bottom-full left-0 mb-1" : "right-0 mt-1"}`}
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className={ITEM}
              disabled={item.disabled}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
