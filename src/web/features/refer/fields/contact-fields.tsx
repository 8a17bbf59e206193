import { Radios, Textarea, TextInput } from 'nhsuk-react-components';
import { CONTACT_METHOD_CODES, CONTACT_METHODS } from '../../../../core/referral-options';
import { YesNoQuestion } from '../../../components/yes-no';
import { FIELD } from '../fields';
import type { Flow } from '../referral-flow';

type Props = { flow: Flow; errorFor: (field: string) => string | undefined };

/**
 * How to reach the parent or carer safely: some families share phones or post, or live with
 * someone who must not know, so we ask what is safe rather than assume.
 */
export function ContactFields({ flow, errorFor }: Props) {
  const self = flow.route === 'self';
  const contact = flow.answers.contact;
  const set = (patch: Partial<typeof contact>) => flow.setSection('contact', patch);
  const address = (
    <Textarea
      id={FIELD.address}
      name={FIELD.address}
      label={self ? 'Your address' : 'Their address'}
      labelProps={{ size: 's' }}
      autoComplete={self ? 'street-address' : 'off'}
      rows={3}
      value={contact.address}
      onChange={(e) => set({ address: e.currentTarget.value })}
      error={errorFor(FIELD.address)}
    />
  );
  return (
    <>
      <TextInput
        id={FIELD.phone}
        name={FIELD.phone}
        type="tel"
        label={self ? 'Your phone number (optional)' : 'Their phone number (optional)'}
        labelProps={{ size: 's' }}
        autoComplete={self ? 'tel' : 'off'}
        width={20}
        value={contact.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        error={errorFor(FIELD.phone)}
      />
      <TextInput
        id={FIELD.email}
        name={FIELD.email}
        type="email"
        label={self ? 'Your email address (optional)' : 'Their email address (optional)'}
        labelProps={{ size: 's' }}
        autoComplete={self ? 'email' : 'off'}
        spellCheck={false}
        value={contact.email}
        onChange={(e) => set({ email: e.currentTarget.value })}
        error={errorFor(FIELD.email)}
      />
      <Radios
        name={FIELD.preferredContact}
        legend={self ? 'How would you like us to contact you?' : 'How would they like us to contact them?'}
        legendProps={{ size: 's' }}
        error={errorFor(FIELD.preferredContact)}
      >
        {CONTACT_METHOD_CODES.map((code, i) => (
          <Radios.Item
            key={code}
            id={i === 0 ? FIELD.preferredContact : `${FIELD.preferredContact}-${code}`}
            value={code}
            checked={contact.preferredContact === code}
            onChange={() => set({ preferredContact: code })}
          >
            {CONTACT_METHODS[code]}
          </Radios.Item>
        ))}
      </Radios>
      {contact.preferredContact === 'letter' ? address : null}
      <YesNoQuestion
        id={FIELD.voicemail}
        legend={self ? 'Is it safe for us to leave you a voicemail?' : 'Is it safe to leave them a voicemail?'}
        hint={`For example, if someone else might listen to the messages. Answer this if you gave ${self ? 'a' : 'their'} phone number.`}
        value={contact.voicemail}
        onChange={(voicemail) => set({ voicemail })}
        error={errorFor(FIELD.voicemail)}
      />
      <YesNoQuestion
        id={FIELD.text}
        legend={self ? 'Is it safe for us to send you text messages?' : 'Is it safe to send them text messages?'}
        hint={`Answer this if you gave ${self ? 'a' : 'their'} phone number.`}
        value={contact.text}
        onChange={(text) => set({ text })}
        error={errorFor(FIELD.text)}
      />
      <TextInput
        id={FIELD.language}
        name={FIELD.language}
        label={self ? 'Which language would you like us to use? (optional)' : 'Their preferred language (optional)'}
        labelProps={{ size: 's' }}
        hint="For example, English, Polish or British Sign Language."
        width={20}
        value={contact.language}
        onChange={(e) => set({ language: e.currentTarget.value })}
        error={errorFor(FIELD.language)}
      />
      <YesNoQuestion
        id={FIELD.interpreter}
        legend={self ? 'Would you like an interpreter?' : 'Do they need an interpreter?'}
        hint="An interpreter is free."
        value={contact.interpreter}
        onChange={(interpreter) => set({ interpreter })}
        error={errorFor(FIELD.interpreter)}
      />
    </>
  );
}
