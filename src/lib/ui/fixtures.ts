// Example props for every UI kit component, in each state worth seeing: they drive the
// /ui-gallery page, which end-to-end tests check with axe in both text directions.
// English here is sample content for a development page, not text people read in the app.
import type { ComponentProps } from 'svelte';
import type BackLink from './BackLink.svelte';
import type Button from './Button.svelte';
import type CareCard from './CareCard.svelte';
import type Checkboxes from './Checkboxes.svelte';
import type DateInput from './DateInput.svelte';
import type Details from './Details.svelte';
import type ErrorMessage from './ErrorMessage.svelte';
import type ErrorSummary from './ErrorSummary.svelte';
import type Fieldset from './Fieldset.svelte';
import type Header from './Header.svelte';
import type Label from './Label.svelte';
import type Hint from './Hint.svelte';
import type Panel from './Panel.svelte';
import type Radios from './Radios.svelte';
import type ScaleInput from './ScaleInput.svelte';
import type SkipLink from './SkipLink.svelte';
import type SummaryList from './SummaryList.svelte';
import type Tag from './Tag.svelte';
import type TextInput from './TextInput.svelte';
import type Textarea from './Textarea.svelte';
import type WarningCallout from './WarningCallout.svelte';
import type { NavigationItem, TableOptions } from './types';

export interface Fixture<Props> {
	name: string;
	props: Props;
}

/** A fixture for a component whose content is a snippet: the gallery renders `content`. */
export interface ContentFixture<Props> extends Fixture<Omit<Props, 'children'>> {
	content: string;
}

const sections: NavigationItem[] = [
	{ href: '/plan', label: 'My plan' },
	{ href: '/flare-up', label: 'Flare-up', current: true },
	{ href: '/questionnaires', label: 'Questionnaires' },
	{ href: '/learn', label: 'Learn' },
	{ href: '/settings', label: 'Settings' }
];

const contactItems = [
	{ value: 'phone', label: 'Phone' },
	{ value: 'text', label: 'Text message' },
	{ value: 'letter', label: 'Letter' }
];

export const skipLinkFixtures: Fixture<ComponentProps<typeof SkipLink>>[] = [
	{ name: 'default', props: {} }
];

export const headerFixtures: (Fixture<Omit<ComponentProps<typeof Header>, 'navigation'>> & {
	navigation?: NavigationItem[];
})[] = [
	{ name: 'with navigation', props: {}, navigation: sections },
	{ name: 'on the urgent help page, no navigation', props: { isUrgentCurrent: true } }
];

export const backLinkFixtures: Fixture<ComponentProps<typeof BackLink>>[] = [
	{ name: 'link', props: { href: '/' } },
	{ name: 'button', props: {} },
	{ name: 'custom text', props: { href: '/plan', text: 'Back to your plan' } }
];

export const buttonFixtures: ContentFixture<ComponentProps<typeof Button>>[] = [
	{ name: 'primary', props: { type: 'button' }, content: 'Save and continue' },
	{ name: 'secondary', props: { variant: 'secondary', type: 'button' }, content: 'Cancel' },
	{ name: 'reverse', props: { variant: 'reverse', type: 'button' }, content: 'Read more' },
	{ name: 'warning', props: { variant: 'warning', type: 'button' }, content: 'Delete all data' },
	{ name: 'login', props: { variant: 'login', type: 'button' }, content: 'Continue' },
	{ name: 'small', props: { small: true, type: 'button' }, content: 'Add' },
	{ name: 'disabled', props: { disabled: true }, content: 'Disabled button' },
	{ name: 'link', props: { href: '#buttons', id: 'gallery-link-button' }, content: 'Link button' }
];

export const hintFixtures: Fixture<ComponentProps<typeof Hint>>[] = [
	{ name: 'default', props: { id: 'gallery-hint', text: 'For example, 27 3 2024' } }
];

export const errorMessageFixtures: Fixture<ComponentProps<typeof ErrorMessage>>[] = [
	{ name: 'default', props: { id: 'gallery-error-message', text: 'Enter a score from 0 to 10' } }
];

export const fieldsetFixtures: ContentFixture<ComponentProps<typeof Fieldset>>[] = [
	{ name: 'large legend', props: { legend: 'Your contact details', size: 'l' }, content: '' },
	{ name: 'small legend', props: { legend: 'Your GP', size: 's' }, content: '' }
];

export const textInputFixtures: Fixture<ComponentProps<typeof TextInput>>[] = [
	{ name: 'default', props: { id: 'gallery-name', label: 'Your name', autocomplete: 'name' } },
	{
		name: 'with hint, code style and width',
		props: {
			id: 'gallery-code',
			label: 'Enrolment code',
			hint: 'The 10 characters on your letter',
			code: true,
			width: 10,
			spellcheck: false,
			autocomplete: 'one-time-code'
		}
	},
	{
		name: 'with error',
		props: {
			id: 'gallery-name-error',
			label: 'Your name',
			labelSize: 'm',
			hint: 'As it is on your NHS letters',
			error: 'Enter your name',
			value: ''
		}
	}
];

export const textareaFixtures: Fixture<ComponentProps<typeof Textarea>>[] = [
	{ name: 'default', props: { id: 'gallery-notes', label: 'Notes', rows: 3 } },
	{
		name: 'with error',
		props: {
			id: 'gallery-notes-error',
			label: 'What makes your pain worse?',
			hint: 'Write a few words',
			error: 'Tell us what makes your pain worse'
		}
	}
];

export const radiosFixtures: Fixture<ComponentProps<typeof Radios>>[] = [
	{
		name: 'default',
		props: { id: 'gallery-contact', legend: 'How should we contact you?', items: contactItems }
	},
	{
		name: 'with hints and a choice made',
		props: {
			id: 'gallery-contact-chosen',
			legend: 'How should we contact you?',
			legendSize: 'm',
			hint: 'Choose one',
			items: [
				{ value: 'phone', label: 'Phone', hint: 'We will call from a withheld number' },
				{ value: 'text', label: 'Text message' }
			],
			value: 'phone'
		}
	},
	{
		name: 'inline',
		props: {
			id: 'gallery-yes-no',
			legend: 'Did you sleep well?',
			inline: true,
			items: [
				{ value: 'yes', label: 'Yes' },
				{ value: 'no', label: 'No' }
			]
		}
	},
	{
		name: 'with error',
		props: {
			id: 'gallery-contact-error',
			legend: 'How should we contact you?',
			error: 'Choose how we should contact you',
			items: contactItems
		}
	}
];

const helpItems = [
	{ value: 'heat', label: 'Heat' },
	{ value: 'walking', label: 'A short walk' },
	{ value: 'rest', label: 'Resting' }
];

export const checkboxesFixtures: Fixture<ComponentProps<typeof Checkboxes>>[] = [
	{
		name: 'default',
		props: {
			id: 'gallery-helps',
			legend: 'What helps?',
			hint: 'Tick all that apply',
			items: helpItems
		}
	},
	{
		name: 'with "none of these" and some ticked',
		props: {
			id: 'gallery-helps-none',
			legend: 'What helps?',
			items: [...helpItems, { value: 'none', label: 'None of these', exclusive: true }],
			values: ['heat', 'rest']
		}
	},
	{
		name: 'with error',
		props: {
			id: 'gallery-helps-error',
			legend: 'What helps?',
			error: 'Tick what helps, or tick "None of these"',
			items: helpItems
		}
	}
];

export const dateInputFixtures: Fixture<ComponentProps<typeof DateInput>>[] = [
	{
		name: 'default',
		props: {
			id: 'gallery-started',
			legend: 'When did the flare-up start?',
			hint: 'For example, 27 3 2024'
		}
	},
	{
		name: 'date of birth with error on every box',
		props: {
			id: 'gallery-dob-error',
			legend: 'What is your date of birth?',
			error: 'Enter your date of birth',
			autocomplete: 'bday'
		}
	},
	{
		name: 'with error on the year only',
		props: {
			id: 'gallery-started-error',
			legend: 'When did the flare-up start?',
			error: 'The year must be 4 numbers',
			errorFields: ['year'],
			value: { day: '3', month: '4', year: '24' }
		}
	}
];

export const errorSummaryFixtures: Fixture<ComponentProps<typeof ErrorSummary>>[] = [
	{
		name: 'linking to the fields in error below',
		props: {
			id: 'gallery-error-summary',
			autofocus: false,
			errors: [
				{ href: '#gallery-name-error', text: 'Enter your name' },
				{ href: '#gallery-contact-error', text: 'Choose how we should contact you' },
				{ href: '#gallery-dob-error-day', text: 'Enter your date of birth' }
			]
		}
	},
	{
		name: 'with title and description',
		props: {
			autofocus: false,
			title: 'Check your answers',
			description: 'Some answers are missing.',
			errors: [{ href: '#gallery-pain-error', text: 'Choose a score from 0 to 10' }]
		}
	}
];

export const scaleInputFixtures: Fixture<ComponentProps<typeof ScaleInput>>[] = [
	{
		name: 'default',
		props: {
			id: 'gallery-pain',
			legend: 'How bad is your pain right now?',
			legendSize: 'm',
			hint: 'Choose a number',
			minLabel: '0 = no pain',
			maxLabel: '10 = worst pain imaginable'
		}
	},
	{
		name: 'with a score chosen',
		props: {
			id: 'gallery-pain-chosen',
			legend: 'How much did pain get in the way of sleep?',
			minLabel: '0 = not at all',
			maxLabel: '10 = completely',
			value: 7
		}
	},
	{
		name: 'with error',
		props: {
			id: 'gallery-pain-error',
			legend: 'How bad is your pain right now?',
			error: 'Choose a score from 0 to 10',
			minLabel: '0 = no pain',
			maxLabel: '10 = worst pain imaginable'
		}
	},
	{
		name: 'a questionnaire scale from 0 to 9, in English with a caption',
		props: {
			id: 'gallery-collaborate',
			legend: 'How much effort was made to help you understand your health issues?',
			caption: 'Thinking about the appointment you have just had…',
			textLang: 'en',
			anchorLang: 'en',
			min: 0,
			max: 9,
			minLabel: 'No effort was made',
			maxLabel: 'Every effort was made'
		}
	},
	{
		name: 'without end labels',
		props: { id: 'gallery-unlabelled', legend: 'How many hours did you sleep?', min: 0, max: 10 }
	}
];

export const detailsFixtures: ContentFixture<ComponentProps<typeof Details>>[] = [
	{
		name: 'closed',
		props: { id: 'gallery-details', summary: 'Why we ask about sleep' },
		content: 'Poor sleep can make pain feel worse, and pain can make sleep harder.'
	},
	{
		name: 'open',
		props: { summary: 'Who can see my answers?', open: true },
		content: 'Only you, and your pain service when you send them.'
	}
];

export const insetTextFixtures: ContentFixture<Record<string, never>>[] = [
	{ name: 'default', props: {}, content: 'Tend works without signal.' }
];

export const warningCalloutFixtures: ContentFixture<ComponentProps<typeof WarningCallout>>[] = [
	{
		name: 'default heading',
		props: { headingLevel: 4 },
		content: 'Do not take more than the dose on the label.'
	},
	{
		name: 'custom heading',
		props: { heading: 'Having a flare-up?', headingLevel: 4 },
		content: 'Check for warning signs first, then follow your flare-up plan.'
	}
];

export const careCardFixtures: ContentFixture<ComponentProps<typeof CareCard>>[] = [
	{
		name: 'non-urgent',
		props: { variant: 'non-urgent', heading: 'Speak to your pain service if:', headingLevel: 4 },
		content: 'your pain has changed and you are not sure why'
	},
	{
		name: 'urgent',
		props: { variant: 'urgent', heading: 'Ask for an urgent GP appointment if:', headingLevel: 4 },
		content: 'you have a high temperature and back pain'
	},
	{
		name: 'emergency',
		props: { variant: 'emergency', heading: 'Call 999 if:', headingLevel: 4 },
		content: 'you have numbness around your genitals or bottom'
	}
];

export const summaryListFixtures: Fixture<ComponentProps<typeof SummaryList>>[] = [
	{
		name: 'with actions',
		props: {
			rows: [
				{ key: 'Name', value: 'Sam Jones', action: { href: '#summary-list', text: 'Change' } },
				{
					key: 'Date of birth',
					value: '5 January 1970',
					action: { href: '#summary-list', text: 'Change' }
				},
				{ key: 'Pain service', value: 'Leeds community pain service' }
			]
		}
	},
	{
		name: 'without border',
		props: {
			noBorder: true,
			rows: [
				{ key: 'Kept safe by your browser', value: 'Yes' },
				{ key: 'Space used', value: '2 MB' }
			]
		}
	}
];

export const tagFixtures: ContentFixture<ComponentProps<typeof Tag>>[] = [
	{ name: 'default', props: {}, content: 'Sent' },
	...(
		[
			'white',
			'grey',
			'green',
			'aqua-green',
			'blue',
			'purple',
			'pink',
			'red',
			'orange',
			'yellow'
		] as const
	).map((colour) => ({ name: colour, props: { colour }, content: colour })),
	{ name: 'no border', props: { colour: 'green', noBorder: true }, content: 'Done' }
];

export const panelFixtures: ContentFixture<ComponentProps<typeof Panel>>[] = [
	{
		name: 'confirmation',
		props: { heading: 'Request sent', headingLevel: 4 },
		content: 'Your pain service will contact you within 2 working days.'
	}
];

export const labelFixtures: Fixture<ComponentProps<typeof Label>>[] = [
	{
		name: 'medium, for an input built by hand',
		props: { for: 'gallery-postcode', text: 'Postcode', size: 'm' }
	}
];

/** A row of the gallery's example tables: its cells as text. */
export interface GalleryTableRow {
	id: string;
	cells: string[];
}

const painRows: GalleryTableRow[] = [
	{ id: 'mon', cells: ['Monday 3 March', '6', 'Worse after a long walk'] },
	{ id: 'tue', cells: ['Tuesday 4 March', '4', 'Slept better'] },
	{ id: 'wed', cells: ['Wednesday 5 March', '7', 'Flare-up in the evening'] }
];
const painColumns = [{ label: 'Day' }, { label: 'Pain score', numeric: true }, { label: 'Note' }];

export const tableFixtures: (Fixture<TableOptions<GalleryTableRow>> & {
	/** The first cell of each row is a row header. */
	hasRowHeaders?: boolean;
})[] = [
	{
		name: 'visible caption, scrolls on a narrow screen',
		props: {
			caption: 'Pain scores this week',
			captionSize: 'm',
			columns: painColumns,
			rows: painRows,
			key: (row) => row.id
		}
	},
	{
		name: 'caption for screen readers, with a hint and row headers',
		props: {
			caption: 'Your medicines',
			captionHint: ', as your GP last wrote them',
			columns: [{ label: 'Medicine' }, { label: 'How much' }, { label: 'When' }],
			rows: [
				{ id: 'para', cells: ['Paracetamol', '1 g', 'Up to 4 times a day'] },
				{ id: 'ami', cells: ['Amitriptyline', '10 mg', 'At night'] }
			],
			key: (row) => row.id
		},
		hasRowHeaders: true
	},
	{
		name: 'without the scroll box',
		props: {
			caption: 'Pain scores last week',
			captionSize: 's',
			columns: painColumns,
			rows: painRows.slice(0, 2),
			key: (row) => row.id,
			scrolls: false
		}
	}
];
