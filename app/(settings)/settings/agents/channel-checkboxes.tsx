import { useTranslations } from "next-intl";

export interface ChannelOption {
  id: string;
  name: string;
}

/** One checkbox per channel, labelled with the channel's name (what the team calls it). */
export function ChannelCheckboxes({ channels, value, onChange, error, idPrefix }: { channels: ChannelOption[]; value: string[]; onChange: (ids: string[]) => void; error?: string; idPrefix: string }) {
  const t = useTranslations("settings.agents");
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${idPrefix}-channels-error` : undefined}>
      <legend className="text-sm font-medium text-gray-800">{t("channelsLegend")}</legend>
      <p className="text-xs text-gray-500">{t("channelsHint")}</p>
      {channels.length === 0 && <p className="text-sm text-gray-500">{t("channelsNone")}</p>}
      {channels.map((channel) => (
        <label key={channel.id} className="flex items-center gap-2 text-sm text-gray-800">
          <input
            type="checkbox"
            checked={value.includes(channel.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, channel.id] : value.filter((id) => id !== channel.id))}
          />
          {channel.name}
        </label>
      ))}
      {error && (
        <p id={`${idPrefix}-channels-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
