"use client";

import { NEW_COMPANY, type DealDraft, type PartyDraft } from "@/lib/ingest/draft";
import { inputClass, labelClass, secondaryButtonClass } from "./form-styles";

export interface Option {
  value: string;
  label: string;
}

export interface Choices {
  companies: Option[];
  dealKinds: Option[];
  statuses: Option[];
  roles: Option[];
  valueKinds: Option[];
  companyKinds: Option[];
}

interface Props {
  index: number;
  draft: DealDraft;
  choices: Choices;
  onChange: (change: Partial<DealDraft>) => void;
  onPartyChange: (party: number, change: Partial<PartyDraft>) => void;
  onAddParty: () => void;
  onRemoveParty: (party: number) => void;
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value)}
        className={inputClass}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Field(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  placeholder?: string;
  inputMode?: "numeric" | "text";
}) {
  return (
    <div>
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      <input
        id={props.id}
        value={props.value}
        required={props.required}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        onChange={(e) => props.onChange(e.target.value)}
        className={inputClass}
      />
    </div>
  );
}

/** One candidate deal's fields: its quotes, whether to keep it, and everything the analyst may edit. */
export function CandidateFields({ index, draft, choices, onChange, onPartyChange, onAddParty, onRemoveParty }: Props) {
  const id = (name: string) => `c${index}-${name}`;
  const asSecondSource = draft.matches !== null && draft.secondSource;
  return (
    <fieldset
      aria-labelledby={id("legend")}
      className="rounded-lg border border-slate-200 p-3 data-[rejected]:opacity-60 dark:border-slate-800"
      data-rejected={draft.keep ? undefined : ""}
    >
      <legend id={id("legend")} className="px-1 text-sm font-semibold">
        Candidate {index + 1}: {draft.title}
      </legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={draft.keep} onChange={(e) => onChange({ keep: e.target.checked })} />
        Keep this candidate (untick to reject it)
      </label>
      <ul className="mt-2 space-y-1 text-sm">
        {draft.evidence.map((e, j) => (
          <li key={j}>
            <a href={`#q-${index}-${j}`} lang="nl" className="italic underline-offset-2 hover:underline">
              “{e.quote}”
            </a>
          </li>
        ))}
      </ul>
      {draft.keep && (
        <div className="mt-3 space-y-3">
          {draft.matches !== null && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.secondSource}
                onChange={(e) => onChange({ secondSource: e.target.checked })}
              />
              Add its quotes to the existing deal <code className="font-mono">{draft.matches}</code> as a second source
            </label>
          )}
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field
                id={id("title")}
                label="Title"
                value={draft.title}
                required
                onChange={(title) => onChange({ title })}
              />
            </div>
            {!asSecondSource && (
              <>
                <Select
                  id={id("kind")}
                  label="Kind"
                  value={draft.kind}
                  options={choices.dealKinds}
                  placeholder="Choose a kind"
                  required
                  onChange={(kind) => onChange({ kind })}
                />
                <Select
                  id={id("status")}
                  label="Status"
                  value={draft.status}
                  options={choices.statuses}
                  onChange={(status) => onChange({ status })}
                />
              </>
            )}
            <Field
              id={id("amount")}
              label="Amount (whole units, e.g. 2500000000)"
              value={draft.amount}
              inputMode="numeric"
              onChange={(amount) => onChange({ amount })}
            />
            <Field
              id={id("currency")}
              label="Currency (USD, EUR…)"
              value={draft.currency}
              onChange={(currency) => onChange({ currency })}
            />
            <Select
              id={id("valueKind")}
              label="Value kind"
              value={draft.valueKind}
              options={choices.valueKinds}
              placeholder="No value"
              onChange={(valueKind) => onChange({ valueKind })}
            />
            {!asSecondSource && draft.amount.trim() !== "" && draft.currency.trim().toUpperCase() !== "USD" && (
              <Field
                id={id("usd")}
                label="USD equivalent (whole dollars)"
                value={draft.usd}
                inputMode="numeric"
                required
                onChange={(usd) => onChange({ usd })}
              />
            )}
            {!asSecondSource && (
              <Field
                id={id("announcedOn")}
                label="Announced (YYYY, YYYY-MM or YYYY-MM-DD; empty: the publication date)"
                value={draft.announcedOn}
                onChange={(announcedOn) => onChange({ announcedOn })}
              />
            )}
          </div>
          {!asSecondSource && (
            <>
              <div>
                <label htmlFor={id("summary")} className={labelClass}>
                  Summary (at least 40 characters)
                </label>
                <textarea
                  id={id("summary")}
                  value={draft.summary}
                  rows={3}
                  onChange={(e) => onChange({ summary: e.target.value })}
                  className={inputClass}
                />
              </div>
              <PartiesFields
                index={index}
                parties={draft.parties}
                choices={choices}
                onPartyChange={onPartyChange}
                onAddParty={onAddParty}
                onRemoveParty={onRemoveParty}
              />
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}

function PartiesFields({
  index,
  parties,
  choices,
  onPartyChange,
  onAddParty,
  onRemoveParty,
}: Pick<Props, "index" | "choices" | "onPartyChange" | "onAddParty" | "onRemoveParty"> & { parties: PartyDraft[] }) {
  const companyOptions = [...choices.companies, { value: NEW_COMPANY, label: "A new company…" }];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Parties</legend>
      {parties.map((p, k) => {
        const id = (name: string) => `c${index}-p${k}-${name}`;
        return (
          <div key={k} className="grid gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-[1fr_1fr_auto] dark:bg-slate-900">
            <Select
              id={id("company")}
              label={`Party ${k + 1}${p.name ? ` (“${p.name}” in the text)` : ""}`}
              value={p.company}
              options={companyOptions}
              placeholder="Choose a company"
              required
              onChange={(company) => onPartyChange(k, { company })}
            />
            <Select
              id={id("role")}
              label="Role"
              value={p.role}
              options={choices.roles}
              placeholder="Choose a role"
              required
              onChange={(role) => onPartyChange(k, { role })}
            />
            <div className="flex items-end">
              <button type="button" onClick={() => onRemoveParty(k)} className={secondaryButtonClass}>
                Remove<span className="sr-only"> party {k + 1}</span>
              </button>
            </div>
            {p.company === NEW_COMPANY && (
              <div className="grid gap-2 sm:col-span-3 sm:grid-cols-3">
                <Field
                  id={id("newName")}
                  label="New company's name"
                  value={p.newName}
                  required
                  onChange={(newName) => onPartyChange(k, { newName })}
                />
                <Select
                  id={id("newKind")}
                  label="Its kind"
                  value={p.newKind}
                  options={choices.companyKinds}
                  placeholder="Choose a kind"
                  required
                  onChange={(newKind) => onPartyChange(k, { newKind })}
                />
                <Field
                  id={id("newCountry")}
                  label="Country (two letters, optional)"
                  value={p.newCountry}
                  onChange={(newCountry) => onPartyChange(k, { newCountry })}
                />
              </div>
            )}
          </div>
        );
      })}
      <button type="button" onClick={onAddParty} className={secondaryButtonClass}>
        Add a party
      </button>
    </fieldset>
  );
}
