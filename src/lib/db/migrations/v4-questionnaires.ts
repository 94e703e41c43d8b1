import type { Migration } from './types';

/**
 * Version 4: questionnaire responses (issue: questionnaires). One table for drafts and
 * completed responses, told apart by `status`: a draft becomes the completed response in
 * place, so resuming and submitting never leave two copies of the same answers.
 */
export const v4Questionnaires: Migration = {
	version: 4,
	stores: {
		promResponses: '&id, status, updatedAt'
	}
};
