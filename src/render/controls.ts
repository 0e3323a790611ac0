/**
 * Text from articles, file names and error messages reaches terminals. Control characters in
 * it could clear the screen, move the cursor, hide a hyperlink (OSC 8) or retitle the window,
 * so they are removed before printing; the renderer adds its own colour codes afterwards.
 */

// C0 controls except tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the
// bidirectional overrides that can make printed text read differently from what it is.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without control characters; escape sequences lose their ESC and become visible, inert text. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, "");
}
