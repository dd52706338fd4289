/**
 * A QR code of an address, drawn as SVG in the browser with the `qrcode` package (loaded
 * only on the screens that show one). No image service sees the address. The picture is
 * decoration for phones' cameras: its label names the address, which is also shown as text.
 */
import { useEffect, useState } from 'react';

/** One SVG path of the dark modules, with the quiet zone of 4 modules the standard asks for. */
function modulesPath(size: number, isDark: (row: number, column: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (isDark(row, column)) parts.push(`M${column + 4} ${row + 4}h1v1h-1z`);
    }
  }
  return parts.join('');
}

export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [drawing, setDrawing] = useState<{ text: string; size: number; path: string }>();

  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ create }) => {
      const code = create(text, { errorCorrectionLevel: 'M' });
      const { size } = code.modules;
      if (current) {
        setDrawing({
          text,
          size,
          path: modulesPath(size, (row, column) => Boolean(code.modules.get(row, column))),
        });
      }
    });
    return () => {
      current = false;
    };
  }, [text]);

  const classes = className ? `app-qr ${className}` : 'app-qr';
  if (!drawing || drawing.text !== text) return <div className={classes} aria-busy="true" />;
  const extent = drawing.size + 8;
  return (
    <svg
      className={classes}
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
