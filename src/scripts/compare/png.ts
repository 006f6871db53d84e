/**
 * A PNG of a chart's SVG file, drawn in the browser (a ?m= selection's charts have no file the build rendered):
 * the SVG as an image on a white canvas at `scale` times its size. The same size as the build's PNGs; the
 * browser's own fonts draw the text.
 */
export async function pngFromSvg(svg: string, scale: number): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the site's Content-Security-Policy allows for images (img-src 'self' data:).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
