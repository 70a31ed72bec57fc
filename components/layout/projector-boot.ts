/** Key under which projector mode is remembered on this device. */
export const PROJECTOR_KEY = "explainer.projector";

/** A constant string (nothing from a URL or storage is interpolated into the page). */
export const projectorBootScript = `try{if(localStorage.getItem(${JSON.stringify(PROJECTOR_KEY)})==="on")document.documentElement.dataset.projector="on"}catch(e){}`;
