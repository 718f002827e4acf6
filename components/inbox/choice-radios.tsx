"use client";

/**
 * A small radio group of the account menu (Status, Theme): a legend, one button-like label per
 * choice, and the error of the last save. Radios are never disabled while saving: a disabled
 * radio would drop the focus out of the menu (and Escape would no longer close it).
 */
export function ChoiceRadios<T extends string>({
  name,
  legend,
  choices,
  value,
  label,
  onChoose,
  error,
}: {
  name: string;
  legend: string;
  choices: readonly T[];
  value: T | null;
  label: (choice: T) => string;
  onChoose: (choice: T) => void;
  error: string | null;
}) {
  return (
    <fieldset className="px-2 py-1">
      <legend className="mb-1 text-xs font-medium text-gray-600">{legend}</legend>
      <div className="flex gap-1">
        {choices.map((choice) => (
          <label
            key={choice}
            className="flex min-h-9 flex-1 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-gray-300 px-2 text-sm text-gray-800 has-checked:border-brand has-checked:bg-brand-light has-checked:font-medium"
          >
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChoose(choice)} className="size-3.5 accent-brand" />
            {label(choice)}
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-1 rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
