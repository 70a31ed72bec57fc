import { CURRENT_CLASS, KEYS_PREFIX } from "@/lib/live/storage-names";

/** Key under which projector mode is remembered on this device. */
export const PROJECTOR_KEY = "explainer.projector";

/**
 * Before first paint (a constant string: nothing from a URL or storage is interpolated into the
 * page). Projector mode, and on the live pages what the first paint should be, so the state the
 * client then draws takes the place of that paint without moving anything:
 * - the teacher's screen (`/{locale}/live/host…?s=` with this class's host key here) starts in its
 *   class layout (`data-live-host`, no site header or footer; projector mode unless switched off);
 * - the students' pages start as the class (`data-live-student="class"`) when this device is in a
 *   class (its saved class and keys, and no QR link to another class), else as the join form.
 * The components read the same storage again (HostShell, StudentClass) and take over.
 */
export const projectorBootScript = `try{var d=document.documentElement,s=localStorage,o=s.getItem(${JSON.stringify(PROJECTOR_KEY)});if(o==="on")d.dataset.projector="on";var m=/^\\/[a-z]{2}\\/live(\\/host)?(\\/|$)/.exec(location.pathname),q=new URLSearchParams(location.search);if(m&&m[1]){var i=q.get("s")||"";if(/^[A-Za-z0-9_-]{16,64}$/.test(i)&&s.getItem(${JSON.stringify(`${KEYS_PREFIX}host:`)}+i)){d.dataset.liveHost="on";d.dataset.liveBoot="host";if(o!=="off")d.dataset.projector="on"}}else if(m){var c=JSON.parse(s.getItem(${JSON.stringify(CURRENT_CLASS)})||"null"),l=(q.get("code")||"").replace(/[\\s.\\-\\u00a0]/g,"");if(c&&c.sessionId&&s.getItem(${JSON.stringify(`${KEYS_PREFIX}student:`)}+c.sessionId)&&!(/^\\d{8}$/.test(l)&&l!==c.joinCode))d.dataset.liveStudent="class"}}catch(e){}`;
