/**
 * A, B, C…: the projector and every phone put the same letter beside the same option, whatever the
 * language of its text, so "most of you chose B" means one thing in the room.
 */
export const optionLetter = (i: number) => String.fromCharCode(65 + i);
