import type { Db } from "./db/client.ts";
import { sendOffTrackSignals } from "./features/agreements/off-track/service.ts";
import { sendFirstShiftReminders } from "./features/calendar/reminders/service.ts";
import { expireOffers } from "./features/circles/participants/service.ts";
import { purgeExpiredCircleNotes } from "./features/circles/service.ts";
import { sendFollowUps } from "./features/learning/course-plan/service.ts";
import { sendReviewReminders } from "./features/network/review/service.ts";
import { purgeExpiredCampaigns } from "./features/outreach/service.ts";
import { sendExpiryReminders } from "./features/volunteers/service.ts";
import type { Job } from "./platform/jobs.ts";
import type { Mailer } from "./platform/mail.ts";
import { purgeRateLimitCounters } from "./platform/rate-limit.ts";

/** Inzet's periodic jobs and when they run (Europe/Amsterdam). Each also claims per item, so a rerun sends nothing twice. */
export function appJobs(db: Db, mailer: Mailer, publicUrl = ""): Job[] {
  return [
    {
      name: "volunteers.expiryReminders",
      schedule: { kind: "daily", at: "07:00" },
      run: () => sendExpiryReminders(db, mailer),
    },
    {
      name: "vacancies.firstShiftReminders",
      schedule: { kind: "hourly", minute: 5 },
      run: (now) => sendFirstShiftReminders(db, mailer, now),
    },
    {
      name: "platform.rateLimitCounters",
      schedule: { kind: "hourly", minute: 20 },
      run: () => purgeRateLimitCounters(db),
    },
    {
      name: "circles.offers",
      schedule: { kind: "hourly", minute: 35 },
      run: (now) => expireOffers(db, mailer, publicUrl, now),
    },
    {
      name: "network.reviewReminders",
      schedule: { kind: "daily", at: "08:00" },
      run: (now) => sendReviewReminders(db, mailer, now),
    },
    {
      name: "agreements.offTrackSignals",
      schedule: { kind: "daily", at: "07:30" },
      run: (now) => sendOffTrackSignals(db, mailer, publicUrl, now),
    },
    {
      name: "learning.courseFollowUps",
      schedule: { kind: "daily", at: "09:00" },
      run: (now) => sendFollowUps(db, mailer, publicUrl, now),
    },
    {
      name: "outreach.retention",
      schedule: { kind: "daily", at: "03:30" },
      run: (now) => purgeExpiredCampaigns(db, now),
    },
    {
      name: "circles.retention",
      schedule: { kind: "daily", at: "03:45" },
      run: (now) => purgeExpiredCircleNotes(db, now),
    },
  ];
}
