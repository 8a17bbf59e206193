type Props = { text: string; className?: string };

/** Text someone typed, a paragraph per line, shown as text (never as markup). */
export function Paragraphs({ text, className = 'nhsuk-body' }: Props) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return (
    <>
      {lines.map((line, i) => (
        <p className={className} key={i}>
          {line}
        </p>
      ))}
    </>
  );
}
