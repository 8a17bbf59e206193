type Props = { value: string; onChange: (value: string) => void };

/**
 * A field people never see or reach by tabbing, that the API expects empty: forms filled in by
 * bots tend to fill every field. Screen readers may reach it, so its label says what to do.
 */
export function Honeypot({ value, onChange }: Props) {
  return (
    <div className="nhsuk-u-visually-hidden">
      <label htmlFor="website">Leave this empty</label>
      <input
        id="website"
        name="website"
        type="text"
        autoComplete="off"
        tabIndex={-1}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
