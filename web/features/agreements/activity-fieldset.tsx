import { Button } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type AgreementContent, indicatorSources } from "../../../shared/agreements/agreement.ts";
import { Choice, Input } from "./editor-fields.tsx";

type ActivityDraft = AgreementContent["activities"][number];
type Option = { value: string; label: string };
const num = (v: string) => (v === "" ? 0 : Number(v.replace(",", ".")));

type Props = {
  a: ActivityDraft;
  i: number;
  parties: Option[];
  chosen: Option[];
  firstParty: string;
  err: (path: string) => string | undefined;
  setActivity: (patch: Partial<ActivityDraft>) => void;
};

/** One activity of an agreement: the need it answers, supply, cost and budget holders, mix, indicators. */
export function ActivityFieldset(props: Props) {
  const { t } = useTranslation();
  const { a, i, parties, err } = props;
  const setActivity = (_: number, patch: Partial<ActivityDraft>) => props.setActivity(patch);
  return (
    <fieldset className="inzet-card">
      <legend>{t("agreements.editor.activity", { n: i + 1 })}</legend>
      <Input
        id={`a-${i}-title`}
        label={t("agreements.editor.activityTitle")}
        value={a.title}
        error={err(`activities.${i}.title`)}
        onChange={(title) => setActivity(i, { title })}
      />
      <Choice
        id={`a-${i}-need`}
        label={t("agreements.editor.solution")}
        value={a.solutionNodeId}
        error={err(`activities.${i}.solutionNodeId`)}
        options={props.chosen}
        onChange={(solutionNodeId) => setActivity(i, { solutionNodeId })}
      />
      <Choice
        id={`a-${i}-supplier`}
        label={t("agreements.editor.supplier")}
        value={a.supplierPartyKey}
        error={err(`activities.${i}.supplierPartyKey`)}
        options={parties}
        onChange={(supplierPartyKey) => setActivity(i, { supplierPartyKey })}
      />
      <Choice
        id={`a-${i}-owner`}
        label={t("agreements.editor.owner")}
        value={a.ownerPartyKey}
        error={err(`activities.${i}.ownerPartyKey`)}
        options={parties}
        onChange={(ownerPartyKey) => setActivity(i, { ownerPartyKey })}
      />
      <Input
        id={`a-${i}-cost`}
        label={t("agreements.editor.cost")}
        value={a.cost}
        error={err(`activities.${i}.cost`) ?? err(`activities.${i}.budget`)}
        onChange={(v) => setActivity(i, { cost: num(v) })}
      />
      <BudgetRows {...props} />
      <Input
        id={`a-${i}-vol`}
        label={t("agreements.editor.volunteerHours")}
        value={a.volunteerHoursPerMonth}
        onChange={(v) => setActivity(i, { volunteerHoursPerMonth: num(v) })}
      />
      <Input
        id={`a-${i}-pro`}
        label={t("agreements.editor.professionalHours")}
        value={a.professionalHoursPerMonth}
        onChange={(v) => setActivity(i, { professionalHoursPerMonth: num(v) })}
      />
      <Input
        id={`a-${i}-support`}
        label={t("agreements.editor.professionalSupport")}
        value={a.professionalSupport}
        onChange={(professionalSupport) => setActivity(i, { professionalSupport })}
      />
      <IndicatorRows {...props} />
    </fieldset>
  );
}

/** Who carries the budget, per party and amount (they must add up to the cost). */
function BudgetRows(props: Props) {
  const { t } = useTranslation();
  const { a, i, parties, err } = props;
  const setActivity = (_: number, patch: Partial<ActivityDraft>) => props.setActivity(patch);
  return (
    <>
      {a.budget.map((b, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: budget rows are only appended, never reordered or removed
        <div key={`${a.key}-b-${j}`} className="inzet-columns">
          <Choice
            id={`a-${i}-b-${j}-party`}
            label={t("agreements.editor.budgetHolder", { n: j + 1 })}
            value={b.partyKey}
            error={err(`activities.${i}.budget.${j}.partyKey`)}
            options={parties}
            onChange={(partyKey) =>
              setActivity(i, { budget: a.budget.map((x, k) => (k === j ? { ...x, partyKey } : x)) })
            }
          />
          <Input
            id={`a-${i}-b-${j}-amount`}
            label={t("agreements.editor.amount", { n: j + 1 })}
            value={b.amount}
            onChange={(v) =>
              setActivity(i, { budget: a.budget.map((x, k) => (k === j ? { ...x, amount: num(v) } : x)) })
            }
          />
        </div>
      ))}
      <Button
        appearance="subtle-button"
        onClick={() => setActivity(i, { budget: [...a.budget, { partyKey: props.firstParty, amount: 0 }] })}
      >
        {t("agreements.editor.addBudget")}
      </Button>
    </>
  );
}

/** Indicators with their source and monthly target. */
function IndicatorRows(props: Props) {
  const { t } = useTranslation();
  const { a, i, err } = props;
  const setActivity = (_: number, patch: Partial<ActivityDraft>) => props.setActivity(patch);
  return (
    <>
      {a.indicators.map((x, j) => (
        <div key={`${a.key}-${x.key}`} className="inzet-columns">
          <Input
            id={`a-${i}-i-${j}-name`}
            label={t("agreements.editor.indicator", { n: j + 1 })}
            value={x.name}
            error={err(`activities.${i}.indicators.${j}.name`)}
            onChange={(name) =>
              setActivity(i, { indicators: a.indicators.map((y, k) => (k === j ? { ...y, name } : y)) })
            }
          />
          <Choice
            id={`a-${i}-i-${j}-source`}
            label={t("agreements.editor.source", { n: j + 1 })}
            value={x.source}
            error={err(`activities.${i}.indicators.${j}.source`)}
            options={indicatorSources.map((s) => ({ value: s, label: t(`agreements.sources.${s}`) }))}
            onChange={(source) =>
              setActivity(i, {
                indicators: a.indicators.map((y, k) =>
                  k === j ? { ...y, source: source as typeof x.source } : y,
                ),
              })
            }
          />
          <Input
            id={`a-${i}-i-${j}-target`}
            label={t("agreements.editor.target", { n: j + 1 })}
            value={x.target}
            error={err(`activities.${i}.indicators.${j}.target`)}
            onChange={(v) =>
              setActivity(i, {
                indicators: a.indicators.map((y, k) => (k === j ? { ...y, target: num(v) } : y)),
              })
            }
          />
        </div>
      ))}
      <Button
        appearance="subtle-button"
        onClick={() =>
          setActivity(i, {
            indicators: [
              ...a.indicators,
              {
                key: `indicator-${a.indicators.length + 1}`,
                name: "",
                source: "volunteerHours",
                target: 0,
              },
            ],
          })
        }
      >
        {t("agreements.editor.addIndicator")}
      </Button>
    </>
  );
}
