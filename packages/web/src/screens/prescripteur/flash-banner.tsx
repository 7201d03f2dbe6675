import { useEffect, useState } from 'react';
import { clearFlash, peekFlash } from './flash';

/** The message left by the previous screen, announced politely. */
export function FlashBanner() {
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);
  if (!flash) return null;
  return (
    <div className={`banner banner-${flash.tone}`} role="status">
      {flash.message}
    </div>
  );
}
