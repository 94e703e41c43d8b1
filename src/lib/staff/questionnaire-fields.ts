/**
 * Field ids of the questionnaire forms in the staff console, shared by the server (which
 * names the field of each error) and the components (which render the fields). Each
 * licensed instrument has its own forms on one page, so their ids carry its id.
 */

/** The licence form's field ids for an instrument. */
export const licenceFieldIds = (instrument: string) => ({
	holder: `${instrument}-licence-holder`,
	reference: `${instrument}-licence-reference`
});

/** The upload form's file input id for an instrument. */
export const definitionFieldId = (instrument: string) => `${instrument}-definition`;

/** The assign form's field ids (and names). */
export const ASSIGN_FIELD = { questionnaire: 'questionnaire', dueDate: 'due-date' } as const;
