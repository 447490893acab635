import { useQuery } from "@tanstack/react-query";
import {
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import {
  accessibilityCheckedPages,
  accessibilityChecks,
  accessibilityKnownGaps,
  accessibilityStandard,
  accessibilityStatementDate,
  accessibilityViewports,
} from "../../../shared/accessibility.ts";
import { useDocumentHead } from "../../ui/document-head.ts";
import { formatDay } from "../../ui/format.ts";
import { publicTenantQuery } from "../tenancy/api.ts";
import "./accessibility-strings.ts";

const size = (v: { width: number; height: number }) => `${v.width} × ${v.height}`;

/** The toegankelijkheidsverklaring in the Dutch model format, from the list the browser tests walk. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "nl";
  const publicTenant = useQuery(publicTenantQuery).data;
  const tenant = publicTenant?.name ?? "Inzet";
  const contact = publicTenant?.contact;
  useDocumentHead(t("accessibility.title"), t("accessibility.description"));
  const [desktop, phone] = accessibilityViewports;
  return (
    <>
      <Heading1>{t("accessibility.title")}</Heading1>
      <Paragraph>{t("accessibility.intro", { tenant })}</Paragraph>
      <Heading2>{t("accessibility.statusTitle")}</Heading2>
      <Paragraph>{t("accessibility.status", accessibilityStandard)}</Paragraph>
      <Heading2>{t("accessibility.dateTitle")}</Heading2>
      <Paragraph>
        {t("accessibility.date", { date: formatDay(accessibilityStatementDate, language) })}
      </Paragraph>
      <Heading2>{t("accessibility.checkedTitle")}</Heading2>
      <Paragraph>{t("accessibility.checkedIntro", { desktop: size(desktop), phone: size(phone) })}</Paragraph>
      <div className="inzet-table-scroll">
        <Table>
          <TableCaption>{t("accessibility.pagesCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("accessibility.page")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("accessibility.address")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {accessibilityCheckedPages.map((p) => (
              <TableRow key={p.path}>
                <TableCell>
                  {p[language]} ({p.as ? t("accessibility.signedIn") : t("accessibility.public")})
                </TableCell>
                <TableCell>
                  <code>{p.path}</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Heading2>{t("accessibility.methodTitle")}</Heading2>
      <UnorderedList>
        {accessibilityChecks[language].map((check) => (
          <UnorderedListItem key={check}>{check}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading2>{t("accessibility.gapsTitle")}</Heading2>
      <UnorderedList>
        {accessibilityKnownGaps[language].map((gap) => (
          <UnorderedListItem key={gap}>{gap}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading2>{t("accessibility.contactTitle")}</Heading2>
      <Paragraph>{t("accessibility.contact", { tenant })}</Paragraph>
      {contact && (contact.email || contact.phone) ? (
        <UnorderedList aria-label={t("accessibility.contactWays")}>
          {contact.name ? <UnorderedListItem>{contact.name}</UnorderedListItem> : null}
          {contact.email ? (
            <UnorderedListItem>
              {t("fields.email")}: <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
            </UnorderedListItem>
          ) : null}
          {contact.phone ? (
            <UnorderedListItem>
              {t("fields.phone")}:{" "}
              <Link href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>{contact.phone}</Link>
            </UnorderedListItem>
          ) : null}
        </UnorderedList>
      ) : null}
      <Paragraph>{t("accessibility.complaint", { tenant })}</Paragraph>
      <Paragraph>{t("accessibility.modelNote")}</Paragraph>
    </>
  );
}
