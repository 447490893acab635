import type { participationTeamNl } from "./participation-team-nl.ts";

export const participationTeamEn: typeof participationTeamNl = {
  languages: {
    label: "Language of the letters",
    hint: "In English the client gets the Dutch letter and a translation.",
    nl: "Dutch",
    en: "English",
  },
  team: {
    title: "Teams and handover",
    intro:
      "Which client manager is in which team, and how many clients each has. A team lead sees the clients of the whole team.",
    introOwn:
      "Your team and how many clients each has. Leaving or on leave? Hand your clients over to a colleague of your team.",
    caption: "Client managers",
    name: "Name",
    email: "Email address",
    team: "Team",
    noTeam: "No team",
    role: "Role",
    lead: "Team lead",
    member: "Client manager",
    clients: "Clients",
    empty: "There are no client managers yet.",
    setTitle: "Set a team",
    setIntro: "Leave the team empty to take someone out of the team.",
    who: "Client manager",
    choose: "Choose a client manager",
    teamLead: "Is team lead of this team",
    save: "Save team",
    saved: "The team of {{name}} has been saved.",
    handoverTitle: "Hand over clients",
    handoverIntro:
      "All clients of one client manager go to the other. The clients themselves notice nothing.",
    from: "From client manager",
    to: "To client manager",
    handover: "Hand over clients",
    handedOver_one: "{{count}} client has been handed over.",
    handedOver_other: "{{count}} clients have been handed over.",
    handoverOne: "Hand over to a colleague",
    handoverOneButton: "Hand over this client",
  },
};
