/**
 * Who may write their own care plan on this device. A plan the service published is the
 * plan (the person follows one plan, never two that disagree), and a carer follows the
 * person's plan but never writes it (DOMAIN §1: a carer is never the patient).
 */
import type { EnrolmentRole } from '$lib/enrolment/types';

/** 'own': the form; 'carer' or 'service-plan': why there is no form. */
export type OwnPlanAccess = 'own' | 'carer' | 'service-plan';

/** Whether this device may write its own plan, and if not, why. */
export function ownPlanAccess(input: {
	role: EnrolmentRole | null;
	hasServicePlan: boolean;
}): OwnPlanAccess {
	if (input.role === 'carer') return 'carer';
	return input.hasServicePlan ? 'service-plan' : 'own';
}
