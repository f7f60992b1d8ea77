/* pas-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pas-demo.h"
#include "pas-workspace-private.h"

/* The demo is the same organisation every time: only the dates move
 * with the day it is written. */
#define DEMO_SEED 0x50A55E11u
#define DAY_SECONDS (24 * 60 * 60)
#define HISTORY_DAYS 270
#define CRM_GOLIVE_DAYS_AGO 45
#define FILL_CACHE_KIB 65536
#define EMAIL_DOMAIN "bellerive.example"
#define MAX_AGENDA_ITEMS 64

enum { PROJECT_CRM, PROJECT_INTRANET, N_PROJECTS };
#define FOR_CRM (1u << PROJECT_CRM)
#define FOR_INTRANET (1u << PROJECT_INTRANET)
#define FOR_BOTH (FOR_CRM | FOR_INTRANET)

typedef struct
{
  guint departments;
  guint people;
  guint referents;
  guint skills;
  guint workshops;
  guint intranet_workshops;
  guint invited_per_workshop;
  guint agenda_items;
  guint contributions;
  guint pilots;
  guint intranet_pilots;
  guint testers_per_pilot;
  guint criteria_per_pilot;
  guint feedback;
  guint modules;
  guint intranet_modules;
  guint enrollments;
  guint assessments;
  guint readiness;
  guint readiness_months;     /* department-level readiness: one per department and month */
  guint activities;
  guint stories;
  guint people_per_story;
  guint communications;
} DemoSizes;

/* The large sizes are DESIGN.md's; the test suite asserts both. */
static const DemoSizes demo_sizes[] = {
  [PAS_DEMO_SMALL] = {
    .departments = 6, .people = 120, .referents = 10, .skills = 12,
    .workshops = 8, .intranet_workshops = 2, .invited_per_workshop = 12, .agenda_items = 60,
    .contributions = 300, .pilots = 3, .intranet_pilots = 1, .testers_per_pilot = 8,
    .criteria_per_pilot = 3, .feedback = 600, .modules = 20, .intranet_modules = 4,
    .enrollments = 500, .assessments = 1200, .readiness = 150, .readiness_months = 3,
    .activities = 200, .stories = 10, .people_per_story = 2, .communications = 12,
  },
  [PAS_DEMO_LARGE] = {
    .departments = 20, .people = 5000, .referents = 300, .skills = 40,
    .workshops = 300, .intranet_workshops = 40, .invited_per_workshop = 20, .agenda_items = 6000,
    .contributions = 30000, .pilots = 20, .intranet_pilots = 2, .testers_per_pilot = 25,
    .criteria_per_pilot = 3, .feedback = 100000, .modules = 150, .intranet_modules = 25,
    .enrollments = 50000, .assessments = 100000, .readiness = 10000, .readiness_months = 6,
    .activities = 20000, .stories = 500, .people_per_story = 2, .communications = 60,
  },
};

static const char * const organisation_name = N_("Bellerive Group");

static const struct
{
  const char *name;
  const char *description;
  const char *sponsor;
  const char *phase;
  int         start_offset;    /* days from today */
  int         golive_offset;
} demo_projects[N_PROJECTS] = {
  [PROJECT_CRM] = {
    N_("CRM roll-out"),
    N_("Replace the customer files and spreadsheets of each team with one CRM shared by sales, customer service and after-sales, on laptops and phones."),
    N_("Hélène Marchand, chief operating officer"),
    "rollout", -HISTORY_DAYS - 20, -CRM_GOLIVE_DAYS_AGO,
  },
  [PROJECT_INTRANET] = {
    N_("New intranet"),
    N_("An intranet that every colleague can reach, including those without a desk: news, directory, forms and documents."),
    N_("Karim Benali, head of communication"),
    "planning", -40, 200,
  },
};

typedef struct
{
  const char *name;
  const char *site;
  guint       weight;          /* relative number of people */
  guint       attendance;      /* % of the invited who come to the CRM workshops */
  int         ease;            /* ease with digital tools, against the average */
  gboolean    has_referent;
  const char *titles[3];       /* the first is the head of the department */
} DemoDepartment;

/* The first six make the small demo: the warehouse never comes to a
 * CRM workshop and has no referent, the gap the overview must show. */
static const DemoDepartment demo_departments[] = {
  { N_("Sales"), "Lyon", 14, 85, 1, TRUE,
    { N_("Sales manager"), N_("Account manager"), N_("Sales representative") } },
  { N_("Customer service"), "Nantes", 12, 75, 0, TRUE,
    { N_("Customer service manager"), N_("Customer adviser"), N_("Complaints officer") } },
  { N_("Warehouse"), "Lille", 12, 0, -1, FALSE,
    { N_("Warehouse manager"), N_("Order picker"), N_("Forklift operator") } },
  { N_("Marketing"), "Lyon", 6, 90, 1, TRUE,
    { N_("Marketing director"), N_("Marketing officer"), N_("Graphic designer") } },
  { N_("Finance"), "Lyon", 6, 40, 1, TRUE,
    { N_("Chief financial officer"), N_("Financial controller"), N_("Credit analyst") } },
  { N_("Logistics"), "Lille", 8, 55, 0, TRUE,
    { N_("Logistics manager"), N_("Transport planner"), N_("Logistics coordinator") } },
  { N_("Human resources"), "Lyon", 5, 70, 0, TRUE,
    { N_("HR director"), N_("HR business partner"), N_("Recruitment officer") } },
  { N_("IT"), "Lyon", 5, 95, 2, TRUE,
    { N_("IT manager"), N_("System administrator"), N_("Help-desk technician") } },
  { N_("Field maintenance"), "Bordeaux", 10, 0, -1, TRUE,
    { N_("Maintenance manager"), N_("Field technician"), N_("Maintenance planner") } },
  { N_("Purchasing"), "Nantes", 4, 50, 0, TRUE,
    { N_("Purchasing manager"), N_("Buyer"), N_("Purchasing assistant") } },
  { N_("Legal"), "Paris", 2, 30, 0, FALSE,
    { N_("General counsel"), N_("Lawyer"), N_("Contract manager") } },
  { N_("Production"), "Nantes", 10, 25, -1, TRUE,
    { N_("Plant manager"), N_("Machine operator"), N_("Production team leader") } },
  { N_("Quality"), "Nantes", 3, 45, 0, TRUE,
    { N_("Quality manager"), N_("Quality engineer"), N_("Quality technician") } },
  { N_("After-sales service"), "Bordeaux", 6, 65, 0, TRUE,
    { N_("After-sales manager"), N_("After-sales technician"), N_("Spare parts adviser") } },
  { N_("Accounting"), "Lyon", 4, 35, 0, TRUE,
    { N_("Chief accountant"), N_("Accountant"), N_("Accounts payable clerk") } },
  { N_("Communication"), "Lyon", 2, 90, 1, TRUE,
    { N_("Head of communication"), N_("Communication officer"), N_("Community manager") } },
  { N_("Research and development"), "Toulouse", 5, 60, 1, TRUE,
    { N_("R&D director"), N_("Product engineer"), N_("Test engineer") } },
  { N_("Key accounts"), "Paris", 4, 80, 1, TRUE,
    { N_("Key accounts director"), N_("Key account manager"), N_("Sales engineer") } },
  { N_("Payroll"), "Lyon", 2, 20, 0, TRUE,
    { N_("Payroll manager"), N_("Payroll officer"), N_("Payroll assistant") } },
  { N_("General management"), "Paris", 2, 50, 0, TRUE,
    { N_("Chief executive officer"), N_("Executive assistant"), N_("Strategy officer") } },
};

/* Names are not translated: a mixed European workforce. */
static const char *first_names[] = {
  "Marie", "Jean", "Sophie", "Thomas", "Camille", "Nicolas", "Julie", "Pierre", "Claire",
  "Antoine", "Élodie", "Mathieu", "Inès", "Karim", "Fatou", "Mehdi", "Léa", "Hugo", "Chloé",
  "Lucas", "Manon", "Julien", "Sarah", "Maxime", "Laura", "Yann", "Nadia", "Olivier", "Amélie",
  "Rachid", "Céline", "Sébastien", "Aurélie", "Franck", "Isabelle", "Stéphane", "Anaïs",
  "Romain", "Émilie", "Damien", "Giulia", "Marco", "Ana", "João", "Lukas", "Anna", "Sofia",
  "Piotr", "Agnieszka", "Erik", "Ingrid", "Sven", "Elena", "Dimitri", "Zeynep", "Ioana",
  "Patrick", "Brigitte", "Yasmine", "Guillaume",
};

static const char *last_names[] = {
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
  "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
  "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
  "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
  "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
  "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Benali", "Haddad", "N'Diaye",
  "Diallo", "Traoré", "Nguyen", "Le Goff", "Le Gall", "Kowalski", "Nowak", "Rossi", "Bianchi",
  "Ferreira", "Silva", "Schmidt", "Weber", "Fischer", "Jansen", "De Vries", "Andersson",
  "Johansson", "O'Brien", "Murphy", "Popescu", "Horvat", "Papadopoulos", "Yılmaz", "Sánchez",
  "Romero", "Costa",
};

typedef struct
{
  const char *name;
  const char *description;
  const char *topic;           /* how module titles name it */
  guint       projects;
} DemoSkill;

/* The first twelve make the small demo. */
static const DemoSkill demo_skills[] = {
  { N_("Log in to the CRM"), N_("Sign in with the company account and reset a forgotten password."),
    N_("logging in to the CRM"), FOR_CRM },
  { N_("Use the CRM on a phone"), N_("Install the mobile app, find a customer and log a visit from the phone."),
    N_("the CRM mobile app"), FOR_CRM },
  { N_("Create and update a customer record"), N_("Fill in the fields that matter and keep the record up to date."),
    N_("customer records"), FOR_CRM },
  { N_("Log a call or a visit"), N_("Write down a call or a visit in the customer's history in under a minute."),
    N_("logging calls and visits"), FOR_CRM },
  { N_("Search and filter customers"), N_("Find a customer by name, phone, town or status, and save a filter."),
    N_("search and filters"), FOR_CRM },
  { N_("Follow the sales pipeline"), N_("Move opportunities through the stages and read the forecast."),
    N_("the sales pipeline"), FOR_CRM },
  { N_("Export a list to a spreadsheet"), N_("Export a filtered list and open it in a spreadsheet."),
    N_("exports to a spreadsheet"), FOR_CRM },
  { N_("Handle a customer request end to end"), N_("Open, assign, follow and close a request, and answer the customer."),
    N_("customer requests"), FOR_CRM },
  { N_("Find information on the intranet"), N_("Use the search and the menus to find a document, a form or a colleague."),
    N_("intranet search"), FOR_INTRANET },
  { N_("Publish a page on the intranet"), N_("Write, illustrate and publish a page for the department."),
    N_("publishing on the intranet"), FOR_INTRANET },
  { N_("Manage passwords safely"), N_("Choose strong passwords, use the password manager, never share them."),
    N_("password safety"), FOR_BOTH },
  { N_("Share a document with the team"), N_("Put a document in a shared folder and give the right people access."),
    N_("shared documents"), FOR_INTRANET },
  { N_("Plan a follow-up with reminders"), N_("Schedule the next contact and get reminded on time."),
    N_("follow-up reminders"), FOR_CRM },
  { N_("Read a dashboard"), N_("Understand the indicators of the team dashboard and act on them."),
    N_("team dashboards"), FOR_CRM },
  { N_("Create a quote from the CRM"), N_("Prepare a quote with the current price list and send it to the customer."),
    N_("quotes"), FOR_CRM },
  { N_("Merge duplicate records"), N_("Spot two records of the same customer and merge them without losing history."),
    N_("duplicate records"), FOR_CRM },
  { N_("Record customer consent"), N_("Note what the customer agreed to receive, as data protection requires."),
    N_("customer consent"), FOR_CRM },
  { N_("Sync the CRM with the calendar"), N_("See visits in the calendar and plan them from the CRM."),
    N_("the calendar sync"), FOR_CRM },
  { N_("Work offline on the mobile app"), N_("Prepare the customers of the day and log visits without network."),
    N_("offline mode"), FOR_CRM },
  { N_("Attach documents to a customer file"), N_("Add photos, contracts and reports to the right customer."),
    N_("attachments"), FOR_CRM },
  { N_("Use the team inbox"), N_("Answer the customer emails of the shared inbox from the CRM."),
    N_("the team inbox"), FOR_CRM },
  { N_("Log a field intervention"), N_("Record the work done on site, the parts used and the customer's signature."),
    N_("intervention reports"), FOR_CRM },
  { N_("Check stock for a customer"), N_("See availability and delivery dates while talking to the customer."),
    N_("stock checks"), FOR_CRM },
  { N_("Build a simple report"), N_("Choose the columns, the filters and the totals of a report."),
    N_("simple reports"), FOR_CRM },
  { N_("Spot a phishing email"), N_("Recognise a suspicious message and report it."),
    N_("phishing"), FOR_BOTH },
  { N_("Use two-factor authentication"), N_("Confirm a login with the phone app or a code."),
    N_("two-factor authentication"), FOR_BOTH },
  { N_("Hold a video meeting"), N_("Start a meeting, share the screen, manage the microphone."),
    N_("video meetings"), 0 },
  { N_("Use the shared calendar"), N_("Book a room and find a slot that suits everybody."),
    N_("the shared calendar"), FOR_INTRANET },
  { N_("Chat with colleagues"), N_("Use the team chat for quick questions instead of email."),
    N_("the team chat"), FOR_INTRANET },
  { N_("Fill in an online form"), N_("Request leave, equipment or a badge with the online forms."),
    N_("online forms"), FOR_INTRANET },
  { N_("Sign a document electronically"), N_("Sign and have documents signed without printing them."),
    N_("electronic signatures"), 0 },
  { N_("Submit an expense claim in the app"), N_("Photograph the receipt and submit the claim from the phone."),
    N_("expense claims"), 0 },
  { N_("File a help-desk ticket"), N_("Describe a problem so that the help desk can solve it quickly."),
    N_("help-desk tickets"), FOR_BOTH },
  { N_("Use the company directory"), N_("Find a colleague, their team, their site and their phone number."),
    N_("the company directory"), FOR_INTRANET },
  { N_("Co-edit a document"), N_("Write a document with several colleagues at the same time."),
    N_("co-editing"), FOR_INTRANET },
  { N_("Organise files in shared folders"), N_("Name, file and find documents the same way as the team."),
    N_("shared folders"), FOR_INTRANET },
  { N_("Answer an online survey"), N_("Take part in surveys and polls from a computer or a phone."),
    N_("online surveys"), FOR_INTRANET },
  { N_("Protect customer data"), N_("Know what may be written about a customer and who may see it."),
    N_("customer data protection"), FOR_CRM },
  { N_("Use keyboard shortcuts"), N_("Work faster with the shortcuts of the tools used every day."),
    N_("keyboard shortcuts"), 0 },
  { N_("Learn from a video tutorial"), N_("Follow a tutorial at one's own pace, pause and try."),
    N_("video tutorials"), 0 },
};

typedef struct
{
  guint       project;
  const char *title;
  const char *objective;
} DemoTopic;

/* In the order they happen along each project. */
static const DemoTopic demo_topics[] = {
  { PROJECT_CRM, N_("Kick-off: why a new CRM?"),
    N_("Share the objectives of the roll-out and collect the first expectations and worries.") },
  { PROJECT_CRM, N_("Customer journey mapping"),
    N_("Map how a customer request travels between departments today, and where it gets stuck.") },
  { PROJECT_CRM, N_("Co-design of the customer record"),
    N_("Decide together which fields matter on the customer record, and which can go.") },
  { PROJECT_CRM, N_("Call logging: how simple can it be?"),
    N_("Design the quickest way to log a call or a visit.") },
  { PROJECT_CRM, N_("Migration of customer data"),
    N_("Agree on how to clean and migrate the customer files of each team.") },
  { PROJECT_CRM, N_("Mobile app try-out"),
    N_("Try the mobile app on real cases and note what gets in the way.") },
  { PROJECT_CRM, N_("Dashboards for team leaders"),
    N_("Choose the few indicators team leaders will really follow.") },
  { PROJECT_CRM, N_("Training plan co-design"),
    N_("Choose the formats each team needs: micro-learning, individual coaching, peer sharing.") },
  { PROJECT_CRM, N_("Pilot review"),
    N_("Review the results of the pilots and the go/no-go criteria together.") },
  { PROJECT_CRM, N_("Exports and reporting"),
    N_("Replace the team spreadsheets with shared reports that everyone trusts.") },
  { PROJECT_CRM, N_("Digital referents' meeting"),
    N_("Share tips, difficulties and questions from the teams among digital referents.") },
  { PROJECT_CRM, N_("Retrospective after go-live"),
    N_("Look back at the roll-out: what helped, what to change for the next teams.") },
  { PROJECT_INTRANET, N_("Intranet: what do you look for?"),
    N_("List what colleagues look for every week, and where they find it today.") },
  { PROJECT_INTRANET, N_("Intranet card sorting"),
    N_("Sort the intranet content into menus that make sense for everyone.") },
  { PROJECT_INTRANET, N_("An intranet for colleagues without a desk"),
    N_("Find how colleagues without a computer will reach the intranet.") },
  { PROJECT_INTRANET, N_("Home page sketching"),
    N_("Sketch the home page on paper and test the sketches with colleagues.") },
  { PROJECT_INTRANET, N_("News and communication on the intranet"),
    N_("Decide who publishes what, and how often.") },
};

typedef struct
{
  const char *key;             /* a built-in method of pas-workshop-ops.c */
  guint       min_minutes;
  guint       max_minutes;
  const char *titles[3];
} DemoMethod;

/* An agenda opens with the first method and closes with the second. */
static const DemoMethod demo_methods[] = {
  { "ice_breaker", 5, 15,
    { N_("Welcome and ice-breaker"),
      N_("One word each: how do you feel about the new tools?"),
      N_("Round of introductions and expectations") } },
  { "wrap_up", 5, 15,
    { N_("Wrap-up and next steps"),
      N_("What we decided, who does what"),
      N_("Feedback on the workshop") } },
  { "brainstorming", 15, 30,
    { N_("Brainstorming: what slows you down today?"),
      N_("Brainstorming: ideas for the customer record"),
      N_("Brainstorming: what would help you learn?") } },
  { "dot_voting", 5, 15,
    { N_("Dot voting on the ideas"),
      N_("Vote for the three priorities"),
      N_("Dot voting: which pain points first?") } },
  { "pilot_demo", 15, 30,
    { N_("Demo of the pilot version"),
      N_("Hands-on: try the mobile app"),
      N_("Live demo by a pilot tester") } },
  { "break", 5, 15,
    { N_("Coffee break"),
      N_("Short break"),
      N_("Stretch break") } },
  { "world_cafe", 20, 40,
    { N_("World café: three tables, three questions"),
      N_("World café: the first week after go-live"),
      N_("World café: learning at your own pace") } },
  { "empathy_map", 15, 25,
    { N_("Empathy map: a day in the life of a field representative"),
      N_("Empathy map: a customer adviser at peak time"),
      N_("Empathy map: a colleague who dreads the new tool") } },
  { "journey_mapping", 20, 40,
    { N_("Map the customer journey on the wall"),
      N_("Where do requests get lost?"),
      N_("From first call to invoice") } },
  { "prioritisation", 10, 20,
    { N_("Impact and effort matrix"),
      N_("Must have, nice to have"),
      N_("Sort the pain points by urgency") } },
  { "role_play", 10, 25,
    { N_("Role play: a customer calls back"),
      N_("Role play: a visit with the tablet"),
      N_("Role play: helping a colleague who is stuck") } },
  { "questions", 10, 20,
    { N_("Your questions to the project team"),
      N_("Questions about training"),
      N_("Questions about the data migration") } },
};

enum { KIND_IDEA, KIND_NEED, KIND_PAIN_POINT, KIND_QUESTION, KIND_DECISION, N_KINDS };
static const char *contribution_kinds[N_KINDS] = { "idea", "need", "pain_point", "question", "decision" };

typedef struct
{
  guint       projects;
  guint       kind;
  const char *theme;
  const char *text;
} DemoContribution;

static const DemoContribution demo_contributions[] = {
  { FOR_CRM, KIND_IDEA, N_("Mobile"), N_("Show the customer's last orders on the first screen of the mobile app.") },
  { FOR_CRM, KIND_IDEA, N_("Customer record"), N_("Add a field for the customer's preferred time to be called.") },
  { FOR_BOTH, KIND_IDEA, N_("Training"), N_("A one-page cheat sheet next to each desk for the first weeks.") },
  { FOR_CRM, KIND_IDEA, N_("Data quality"), N_("Let sales representatives flag a duplicate customer with one tap.") },
  { FOR_CRM, KIND_IDEA, N_("Reporting"), N_("Send each team leader a weekly summary by email instead of a dashboard to open.") },
  { FOR_CRM, KIND_IDEA, N_("Customer follow-up"), N_("Create the follow-up reminder automatically after each visit.") },
  { FOR_BOTH, KIND_IDEA, N_("Training"), N_("Pair each newcomer with a digital referent for their first month.") },
  { FOR_CRM, KIND_IDEA, N_("Mobile"), N_("Dictate the visit report instead of typing it on the phone.") },
  { FOR_CRM, KIND_IDEA, N_("Navigation"), N_("Put the five most used screens in a favourites bar.") },
  { FOR_INTRANET, KIND_IDEA, N_("Communication"), N_("A news screen in the break rooms for colleagues without a computer.") },
  { FOR_INTRANET, KIND_IDEA, N_("Content"), N_("Let each department keep its own page up to date.") },
  { FOR_INTRANET, KIND_IDEA, N_("Content"), N_("Put the canteen menu and the shuttle times on the home page.") },
  { FOR_BOTH, KIND_NEED, N_("Login"), N_("One password for all the tools, not one more to remember.") },
  { FOR_CRM, KIND_NEED, N_("Mobile"), N_("Work offline when there is no network at a customer's site.") },
  { FOR_CRM, KIND_NEED, N_("Data quality"), N_("Import our existing customer spreadsheets without retyping them.") },
  { FOR_BOTH, KIND_NEED, N_("Training"), N_("Time set aside during working hours to learn the new tool.") },
  { FOR_CRM, KIND_NEED, N_("Reporting"), N_("Export the pipeline to a spreadsheet for the monthly meeting.") },
  { FOR_BOTH, KIND_NEED, N_("Support"), N_("Someone to ask on site during the first week after go-live.") },
  { FOR_CRM, KIND_NEED, N_("Customer record"), N_("See the calls of customer service before visiting a customer.") },
  { FOR_INTRANET, KIND_NEED, N_("Navigation"), N_("Find a colleague's phone number in two clicks.") },
  { FOR_INTRANET, KIND_NEED, N_("Access"), N_("Read the intranet on a personal phone, from home too.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Login"), N_("The login page times out while we are still typing the code.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Performance"), N_("Searching for a customer takes several seconds; it is slow in front of the customer.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Data quality"), N_("The same customer exists three times with different spellings.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Mobile"), N_("The mobile screens are too small for the order forms.") },
  { FOR_BOTH, KIND_PAIN_POINT, N_("Training"), N_("The e-learning is too long to follow between two customers.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Reporting"), N_("Every team builds its own spreadsheet, so the figures never match.") },
  { FOR_BOTH, KIND_PAIN_POINT, N_("Support"), N_("Nobody knows whom to ask when the tool blocks.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Navigation"), N_("Too many clicks to log a simple phone call.") },
  { FOR_BOTH, KIND_PAIN_POINT, N_("Communication"), N_("We heard about the project from customers before hearing it from management.") },
  { FOR_CRM, KIND_PAIN_POINT, N_("Data quality"), N_("Addresses were out of date after the test migration.") },
  { FOR_INTRANET, KIND_PAIN_POINT, N_("Navigation"), N_("The current intranet search never finds the right document.") },
  { FOR_INTRANET, KIND_PAIN_POINT, N_("Access"), N_("Warehouse staff have no computer to read the intranet.") },
  { FOR_CRM, KIND_QUESTION, N_("Data quality"), N_("Will the old customer files still be readable after go-live?") },
  { FOR_CRM, KIND_QUESTION, N_("Mobile"), N_("Can we use the app on our personal phones?") },
  { FOR_CRM, KIND_QUESTION, N_("Customer record"), N_("Who sees the notes we write about a customer?") },
  { FOR_BOTH, KIND_QUESTION, N_("Training"), N_("How much time will training take, and when?") },
  { FOR_CRM, KIND_QUESTION, N_("Reporting"), N_("What happens to our current spreadsheets?") },
  { FOR_BOTH, KIND_QUESTION, N_("Support"), N_("Is there a help desk on Saturdays?") },
  { FOR_CRM, KIND_QUESTION, N_("Reporting"), N_("Will the export still work with the accounting software?") },
  { FOR_INTRANET, KIND_QUESTION, N_("Content"), N_("Who will keep the intranet pages up to date?") },
  { FOR_INTRANET, KIND_QUESTION, N_("Access"), N_("Will the intranet work on the shared kiosks in the workshops?") },
  { FOR_CRM, KIND_DECISION, N_("Mobile"), N_("The mobile app goes first to field sales, then to after-sales.") },
  { FOR_BOTH, KIND_DECISION, N_("Support"), N_("Each department names at least one digital referent.") },
  { FOR_CRM, KIND_DECISION, N_("Customer record"), N_("Call logging keeps three mandatory fields, no more.") },
  { FOR_BOTH, KIND_DECISION, N_("Training"), N_("Training starts with ten-minute micro-learning, then coaching for those who ask.") },
  { FOR_CRM, KIND_DECISION, N_("Data quality"), N_("Duplicates are cleaned before the migration, department by department.") },
  { FOR_CRM, KIND_DECISION, N_("Reporting"), N_("The old reports stay available until the end of the pilots.") },
  { FOR_INTRANET, KIND_DECISION, N_("Navigation"), N_("The home page is tested with colleagues from every site.") },
  { FOR_INTRANET, KIND_DECISION, N_("Access"), N_("Shared kiosks are installed in the break rooms.") },
};

typedef struct
{
  guint       project;
  const char *name;
  const char *scope;
} DemoPilotTopic;

static const DemoPilotTopic demo_pilot_topics[] = {
  { PROJECT_CRM, N_("Field sales on the mobile app"),
    N_("Sales representatives use the mobile app for visits, quotes and follow-ups.") },
  { PROJECT_CRM, N_("Call logging in customer service"),
    N_("Advisers log every call and request in the CRM instead of the shared spreadsheet.") },
  { PROJECT_CRM, N_("Quotes from the CRM"),
    N_("Quotes are prepared and sent from the CRM, with the current price list.") },
  { PROJECT_CRM, N_("Dashboards for team leaders"),
    N_("Team leaders follow their pipeline and requests on the CRM dashboards.") },
  { PROJECT_CRM, N_("After-sales interventions"),
    N_("Technicians log their interventions on a tablet, on the customer's site.") },
  { PROJECT_CRM, N_("Customer data migration"),
    N_("A test migration of the customer files of two sites, checked by the people who use them.") },
  { PROJECT_CRM, N_("Key accounts follow-up"),
    N_("Key account managers share one view of each key customer.") },
  { PROJECT_INTRANET, N_("Intranet home page beta"),
    N_("Forty colleagues from every site use the new home page for a month.") },
  { PROJECT_INTRANET, N_("Intranet on shared kiosks"),
    N_("Kiosks in the break rooms give colleagues without a desk access to the intranet.") },
};

typedef struct
{
  const char *label;
  double      target;
  const char *comparison;
  double      low;             /* range of the observed values */
  double      high;
  gboolean    whole;
} DemoCriterion;

static const DemoCriterion demo_criteria[] = {
  { N_("Testers using the app every week (%)"), 80, "at_least", 62, 97, TRUE },
  { N_("Calls logged the same day (%)"), 90, "at_least", 70, 99, TRUE },
  { N_("Login problems per week"), 5, "at_most", 1, 12, TRUE },
  { N_("Minutes to create a customer record"), 3, "at_most", 1.5, 5, FALSE },
  { N_("Tester satisfaction (out of 5)"), 3.5, "at_least", 2.6, 4.6, FALSE },
  { N_("Blocking bugs still open"), 0, "at_most", 0, 4, TRUE },
  { N_("Testers who completed the micro-learning (%)"), 75, "at_least", 50, 100, TRUE },
};

enum { CATEGORY_BUG, CATEGORY_USABILITY, CATEGORY_TRAINING, CATEGORY_FEATURE, CATEGORY_PRAISE, CATEGORY_OTHER, N_CATEGORIES };

static const char *bug_texts[] = {
  N_("The mobile app logs me out every time I switch to another app."),
  N_("The export to a spreadsheet stops after the first thousand rows."),
  N_("Login fails with an error when the password contains an accent."),
  N_("Searching for a customer by phone number returns nothing."),
  N_("The visit report I saved offline disappeared once the network came back."),
  N_("Dates in the export are shifted by one day."),
  N_("The app freezes when I attach a photo to an intervention."),
  N_("I get the same reminder notification twice."),
  N_("The quote PDF shows the wrong VAT rate."),
  N_("The dashboard stays blank on the laptop of the meeting room."),
  N_("Login with the badge reader fails on the shared computers."),
  NULL
};

static const char *usability_texts[] = {
  N_("The customer page is slow to open, almost ten seconds in the morning."),
  N_("Too many clicks to log a phone call."),
  N_("The text is too small on the mobile app, even with glasses."),
  N_("I cannot find where to change the status of a request."),
  N_("The export button is hidden in a menu nobody finds."),
  N_("The search only works if I type the exact name."),
  N_("The form loses what I typed if I go back a page."),
  N_("Icons without labels: I never know which one to press."),
  N_("The calendar view is confusing when two visits overlap."),
  N_("Switching between customers is slow on the tablet."),
  NULL
};

static const char *training_texts[] = {
  N_("I would need someone to show me the pipeline view once, slowly."),
  N_("Our team has not had any session on the mobile app yet."),
  N_("The e-learning goes too fast for those of us who rarely use a computer."),
  N_("A short video on exports would help more than the manual."),
  N_("I am afraid of deleting a customer by mistake; I need to practise first."),
  N_("Could our referent run a session for the night shift?"),
  N_("New colleagues arrive without any training on the CRM."),
  N_("I would like coaching on reports before the monthly meeting."),
  NULL
};

static const char *feature_texts[] = {
  N_("Let me export my visits of the week to a spreadsheet in one click."),
  N_("A dark theme for the mobile app, for evening visits."),
  N_("A reminder on my phone before each customer visit."),
  N_("Scan business cards to create a contact."),
  N_("Show the customer's open complaints on the sales page."),
  N_("Log in with the badge instead of typing a password."),
  N_("A map of the customers around my next visit."),
  N_("Voice notes in the visit report."),
  N_("Let team leaders see the training progress of their team."),
  N_("Offline mode for the whole customer list, not only favourites."),
  NULL
};

static const char *praise_texts[] = {
  N_("The mobile app saves me half an hour every day."),
  N_("Logging a call is finally quick."),
  N_("Great session with our referent, everything is clearer now."),
  N_("I like seeing the whole history of the customer in one place."),
  N_("The micro-learning videos are short and to the point."),
  N_("Exports now open directly in the spreadsheet, thank you."),
  N_("The help desk answered within the hour."),
  NULL
};

static const char *other_texts[] = {
  N_("Can the old customer files be archived before go-live?"),
  N_("The training room had no working projector."),
  N_("Our team would like to join the next pilot."),
  N_("Please send the go-live dates to team leaders earlier."),
  N_("The tablets given to the warehouse have no protective cover."),
  NULL
};

static const char *bug_responses[] = {
  N_("You said the app logged you out: this week's update fixes it."),
  N_("Fixed in the latest version; thank you for the precise description."),
  N_("You said the export stopped too early: the limit is gone."),
  NULL
};

static const char *usability_responses[] = {
  N_("You said it took too many clicks: the call form now fits on one screen."),
  N_("We made the text larger and added labels to the icons."),
  N_("The customer page now opens in under two seconds."),
  NULL
};

static const char *training_responses[] = {
  N_("A five-minute micro-learning on this topic is now in the training list."),
  N_("Your referent runs a peer sharing session in your team next week."),
  N_("Individual coaching is booked with a referent; you will receive an invitation."),
  NULL
};

static const char *feature_responses[] = {
  N_("You asked for it: it is in the new version."),
  N_("Done: the export of the week's visits is in the menu of the visits page."),
  NULL
};

static const char *praise_responses[] = {
  N_("Thank you! We shared your message with the pilot testers."),
  N_("Thank you, it means a lot to the digital referents."),
  NULL
};

static const char *other_responses[] = {
  N_("Thank you, we passed this on to the team concerned."),
  N_("Done: the team leaders received the dates."),
  NULL
};

static const char *wont_do_responses[] = {
  N_("Thank you for raising it. We will not change this for now: the supplier does not support it. A workaround is described in the FAQ."),
  N_("We looked into it with the pilot testers: most of them prefer the current behaviour, so it stays as it is."),
  N_("This is outside the project; we passed it on to the IT help desk."),
  NULL
};

static const char *planned_responses[] = {
  N_("Planned for the next update of the app."),
  N_("Accepted: planned with the supplier for next quarter."),
  NULL
};

/* Second sentences, so that the same complaint reads differently. */
static const char *negative_contexts[] = {
  N_("It happens several times a day."),
  N_("Several colleagues in my team agree."),
  N_("Noticed during the pilot."),
  N_("I mostly work from my phone, in the van."),
  N_("It was already raised in the last workshop."),
  N_("My referent suggested I write it down here."),
  N_("It matters most at the end of the month."),
  N_("Seen at other sites as well."),
  N_("It started with the last update."),
  N_("This slows down the whole team."),
  NULL
};

static const char *positive_contexts[] = {
  N_("Thanks to the whole project team."),
  N_("My colleagues say the same."),
  N_("Much better than the old system."),
  N_("The pilot was worth it."),
  NULL
};

typedef struct
{
  const char  *key;
  guint        weight;
  int          min_severity;
  int          max_severity;
  int          min_sentiment;
  int          max_sentiment;
  const char **texts;
  const char **responses;
} DemoCategory;

static const DemoCategory demo_categories[N_CATEGORIES] = {
  [CATEGORY_BUG] = { "bug", 22, 2, 4, -2, -1, bug_texts, bug_responses },
  [CATEGORY_USABILITY] = { "usability", 24, 1, 3, -2, 0, usability_texts, usability_responses },
  [CATEGORY_TRAINING] = { "training_need", 14, 1, 3, -1, 0, training_texts, training_responses },
  [CATEGORY_FEATURE] = { "feature_request", 20, 1, 2, -1, 1, feature_texts, feature_responses },
  [CATEGORY_PRAISE] = { "praise", 12, 1, 1, 1, 2, praise_texts, praise_responses },
  [CATEGORY_OTHER] = { "other", 8, 1, 2, -1, 1, other_texts, other_responses },
};

static const struct
{
  guint       category;
  const char *text;
} intranet_feedback[] = {
  { CATEGORY_FEATURE, N_("A phone directory with photos on the new intranet.") },
  { CATEGORY_USABILITY, N_("The menus of the intranet mock-up use words nobody uses here.") },
  { CATEGORY_OTHER, N_("Will the intranet be reachable from home?") },
  { CATEGORY_FEATURE, N_("Put the safety instructions on the intranet home page.") },
  { CATEGORY_TRAINING, N_("Show us how to publish a page before the launch.") },
  { CATEGORY_PRAISE, N_("The new intranet mock-up looks much clearer than the old one.") },
  { CATEGORY_BUG, N_("The intranet test page does not open on the kiosk browser.") },
  { CATEGORY_USABILITY, N_("The search of the intranet prototype is slow.") },
};

enum { FORMAT_MICRO_LEARNING, FORMAT_COACHING, FORMAT_PEER_SHARING, FORMAT_CLASSROOM, FORMAT_E_LEARNING, N_FORMATS };

static const struct
{
  const char *key;
  const char *titles[2];
  guint       min_minutes;
  guint       max_minutes;
} demo_formats[N_FORMATS] = {
  /* Translators: in these module titles, %s is a topic such as “the CRM mobile app” */
  [FORMAT_MICRO_LEARNING] = { "micro_learning", { N_("Micro-learning: %s in five minutes"),
                                                  N_("Micro-learning: three tips on %s") }, 5, 15 },
  [FORMAT_COACHING] = { "coaching", { N_("Individual coaching: %s at your own pace"),
                                      N_("Coaching with a referent: %s") }, 30, 60 },
  [FORMAT_PEER_SHARING] = { "peer_sharing", { N_("Peer sharing: tips for %s"),
                                              N_("Peer sharing: how colleagues use %s") }, 30, 60 },
  [FORMAT_CLASSROOM] = { "classroom", { N_("Classroom session: getting started with %s"),
                                        N_("Classroom session: %s in practice") }, 90, 180 },
  [FORMAT_E_LEARNING] = { "e_learning", { N_("E-learning: %s step by step"),
                                          N_("E-learning: mastering %s") }, 20, 45 },
};

enum { ACTIVITY_HELP_DESK, ACTIVITY_SESSION, ACTIVITY_RELAY, N_ACTIVITIES };

static const struct
{
  const char *key;
  guint       weight;
  guint       min_helped;
  guint       max_helped;
  const char *notes[5];
} demo_activities[N_ACTIVITIES] = {
  [ACTIVITY_HELP_DESK] = { "help_desk", 50, 1, 3, {
    N_("Helped a colleague log in to the CRM after a password reset."),
    N_("Set up the mobile app on a new phone."),
    N_("Showed how to find a customer with the filters."),
    N_("Fixed an export that opened with the wrong columns."),
    N_("Walked a colleague through logging a call.") } },
  [ACTIVITY_SESSION] = { "session", 30, 3, 12, {
    N_("Lunchtime session: the CRM in ten minutes."),
    N_("Small-group session on the mobile app."),
    N_("Peer sharing session: pipeline tips."),
    N_("Questions-and-answers session before go-live."),
    N_("Session for the night shift on logging interventions.") } },
  [ACTIVITY_RELAY] = { "relay", 20, 5, 40, {
    N_("Relayed the go-live newsletter at the team meeting."),
    N_("Passed the team's questions on to the project team."),
    N_("Put the new cheat sheet up in the break room."),
    N_("Collected feedback from the colleagues of the night shift."),
    N_("Explained why the mobile app comes first.") } },
};

typedef struct
{
  guint       project;
  int         department;      /* index in demo_departments, or -1 for any */
  const char *title;
  const char *story;
  const char *metric;
  double      before;
  double      after;
} DemoStory;

static const DemoStory demo_stories[] = {
  { PROJECT_CRM, 1, N_("Calls logged in half the time"),
    N_("After two peer sharing sessions with their referent, the advisers log each call while still on the phone."),
    N_("Minutes to log a call"), 6, 3 },
  { PROJECT_CRM, 13, N_("Visit reports closed on the customer's site"),
    N_("With the mobile app, technicians no longer retype their reports in the evening."),
    N_("Reports closed the same day (%)"), 35, 85 },
  { PROJECT_CRM, -1, N_("From reluctant to referent"),
    N_("She was the first to say the tool was not for her; after individual coaching she now helps her whole team."),
    N_("Colleagues helped per month"), 0, 12 },
  { PROJECT_CRM, 0, N_("One customer, one record"),
    N_("The team cleaned its duplicates before the migration, one afternoon a week."),
    N_("Duplicate customer records"), 1200, 380 },
  { PROJECT_CRM, 17, N_("Quotes sent the same day"),
    N_("Quotes are now prepared in the CRM during the visit and sent before the evening."),
    N_("Days to send a quote"), 4, 1 },
  { PROJECT_CRM, -1, N_("Every team leader reads the dashboard on Monday"),
    N_("Ten-minute micro-learning modules convinced the team leaders to drop their own spreadsheets."),
    N_("Team leaders using the dashboard (%)"), 20, 90 },
  { PROJECT_CRM, 5, N_("The night shift gets its own training"),
    N_("A referent ran the sessions at ten in the evening so that nobody was left out."),
    N_("Night-shift colleagues trained (%)"), 10, 80 },
  { PROJECT_CRM, -1, N_("Fewer calls to the help desk"),
    N_("Referents answer the simple questions on the spot, so the help desk can focus on real incidents."),
    N_("Help-desk tickets per week"), 140, 60 },
  { PROJECT_INTRANET, 2, N_("Intranet menus designed with the warehouse"),
    N_("Warehouse colleagues sorted the menus themselves during a card sorting workshop."),
    N_("Colleagues who find the safety instructions (%)"), 40, 95 },
  { PROJECT_CRM, 0, N_("Paper order forms retired"),
    N_("The last paper forms went to recycling once every sales representative used the app."),
    N_("Paper forms per month"), 900, 0 },
};

enum { SUBJECT_OBJECTIVE, SUBJECT_CHOICE, SUBJECT_SUCCESS, N_SUBJECTS };
static const char *subjects[N_SUBJECTS] = { "objective", "choice", "success" };

static const struct
{
  guint       project;
  guint       subject;
  int         day;             /* from today */
  const char *title;
} demo_communications[] = {
  { PROJECT_CRM, SUBJECT_OBJECTIVE, -265, N_("Why we are changing the CRM") },
  { PROJECT_CRM, SUBJECT_CHOICE, -245, N_("Why we chose this CRM") },
  { PROJECT_CRM, SUBJECT_OBJECTIVE, -215, N_("The roll-out calendar, team by team") },
  { PROJECT_CRM, SUBJECT_CHOICE, -190, N_("Why the mobile app comes first") },
  { PROJECT_CRM, SUBJECT_CHOICE, -170, N_("Why paper forms stay during the pilots") },
  { PROJECT_CRM, SUBJECT_SUCCESS, -120, N_("First pilot results") },
  { PROJECT_CRM, SUBJECT_OBJECTIVE, -80, N_("What the CRM will change in your day") },
  { PROJECT_CRM, SUBJECT_CHOICE, -60, N_("Your questions, our answers: customer data migration") },
  { PROJECT_INTRANET, SUBJECT_OBJECTIVE, -30, N_("A new intranet for everyone, with or without a desk") },
  { PROJECT_CRM, SUBJECT_SUCCESS, -20, N_("Thank you to our digital referents") },
  { PROJECT_CRM, SUBJECT_SUCCESS, 10, N_("Calls logged twice as fast in customer service") },
  { PROJECT_INTRANET, SUBJECT_CHOICE, 15, N_("Why kiosks in the break rooms") },
  { PROJECT_INTRANET, SUBJECT_SUCCESS, 40, N_("The warehouse designed the intranet menus") },
};

static const char *channels[] = {
  N_("Newsletter"), N_("Intranet article"), N_("Team meetings"), N_("Email"), N_("Town hall"),
  N_("Posters in the break rooms"), N_("Video message"),
};

static const char *audiences[] = {
  N_("All staff"), N_("Managers"), N_("Digital referents"), N_("Pilot testers"),
  N_("Colleagues without a desk"),
};

static const char *rooms[] = {
  N_("Large meeting room"), N_("Training room"), N_("Cafeteria"), N_("Showroom"), N_("Break room"),
};

typedef struct
{
  gint64 id;
  guint  department;
  int    comfort;              /* -1 when not given */
  guint  archived : 1;
  guint  referent : 1;
} DemoPerson;

typedef struct
{
  gint64  id;
  guint   first_person;        /* people are written department by department */
  guint   n_people;
  GArray *referents;           /* gint64 */
} DemoDepartmentRow;

typedef struct
{
  gint64      id;
  guint       project;
  guint       topic;           /* index in demo_topics */
  gint64      starts_at;
  const char *status;
  guint       n_items;
  guint       n_contributions;
  gint64      first_contribution;
} DemoWorkshop;

typedef struct
{
  gint64 id;
  guint  project;
  gint64 start_day;
  gint64 end_day;
} DemoPilot;

typedef struct
{
  gint64 id;
  guint  project;
  guint  format;
} DemoModule;

typedef struct
{
  PasWorkspace      *workspace;
  sqlite3           *db;
  GRand             *rand;
  const DemoSizes   *sizes;
  gint64             now;            /* unix seconds */
  gint64             today;          /* days since 1970-01-01, UTC */
  gint64             history_start;  /* day */
  gint64             project_ids[N_PROJECTS];
  DemoPerson        *people;
  DemoDepartmentRow *departments;
  GArray            *referents;      /* gint64 */
  gint64            *skill_ids;
  GArray            *project_skills[N_PROJECTS];  /* guint indexes in demo_skills */
  DemoWorkshop      *workshops;
  guint              n_workshops;
  DemoPilot         *pilots;
  DemoModule        *modules;
  GString           *text;
  GRand             *entropy;        /* for uuids, which must differ every time */
  gint64             uuid_ms;
  guint64            n_uuids;
} DemoFill;

static void
demo_fill_clear (DemoFill *fill)
{
  if (fill->departments)
    for (guint d = 0; d < fill->sizes->departments; d++)
      g_clear_pointer (&fill->departments[d].referents, g_array_unref);
  g_clear_pointer (&fill->departments, g_free);
  g_clear_pointer (&fill->people, g_free);
  g_clear_pointer (&fill->referents, g_array_unref);
  g_clear_pointer (&fill->skill_ids, g_free);
  for (guint p = 0; p < N_PROJECTS; p++)
    g_clear_pointer (&fill->project_skills[p], g_array_unref);
  g_clear_pointer (&fill->workshops, g_free);
  g_clear_pointer (&fill->pilots, g_free);
  g_clear_pointer (&fill->modules, g_free);
  g_clear_pointer (&fill->rand, g_rand_free);
  g_clear_pointer (&fill->entropy, g_rand_free);
  if (fill->text)
    g_string_free (g_steal_pointer (&fill->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoFill, demo_fill_clear)

/* Random draws */

static int
rand_between (DemoFill *fill,
              int       low,
              int       high)
{
  return g_rand_int_range (fill->rand, low, high + 1);
}

static guint
rand_index (DemoFill *fill,
            guint     n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (fill->rand, 0, (gint32) n);
}

static gboolean
chance (DemoFill *fill,
        int       percent)
{
  return g_rand_int_range (fill->rand, 0, 100) < percent;
}

static guint
count_strings (const char * const *strings)
{
  guint n = 0;

  while (strings[n] != NULL)
    n++;
  return n;
}

static const char *
pick_string (DemoFill           *fill,
             const char * const *strings)
{
  return strings[rand_index (fill, count_strings (strings))];
}

static void
shuffle (DemoFill *fill,
         guint    *items,
         guint     n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = rand_index (fill, i);
      guint swap = items[i - 1];

      items[i - 1] = items[j];
      items[j] = swap;
    }
}

/* Splits @total into counts proportional to @weights that add up to
 * exactly @total, so that every table gets the size asked for. */
static void
allocate (guint         total,
          const double *weights,
          guint         n,
          guint        *counts)
{
  double sum = 0, cumulative = 0;
  guint given = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  g_assert (sum > 0);
  for (guint i = 0; i < n; i++)
    {
      guint upto;

      cumulative += weights[i];
      upto = i + 1 == n ? total : MIN (total, (guint) (total * (cumulative / sum)));
      counts[i] = upto - given;
      given = upto;
    }
}

static guint
pick_person (DemoFill *fill)
{
  return rand_index (fill, fill->sizes->people);
}

static guint
pick_active_person (DemoFill *fill)
{
  guint p;

  do
    p = pick_person (fill);
  while (fill->people[p].archived);
  return p;
}

static gint64
pick_referent (DemoFill *fill,
               guint     department,
               gint64    except)
{
  GArray *local = fill->departments[department].referents;
  GArray *from = local->len > 0 && chance (fill, 80) ? local : fill->referents;
  gint64 id = g_array_index (from, gint64, rand_index (fill, from->len));

  /* Nobody coaches themselves. */
  while (id == except)
    id = g_array_index (fill->referents, gint64, rand_index (fill, fill->referents->len));
  return id;
}

static gboolean
contains_id (const gint64 *ids,
             guint         n,
             gint64        id)
{
  for (guint i = 0; i < n; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/* Dates */

static void
put_digits (char *out,
            int   value,
            int   n)
{
  for (int i = n - 1; i >= 0; i--, value /= 10)
    out[i] = (char) ('0' + value % 10);
}

/* Hinnant's days-to-civil: faster than GDateTime for 200,000 dates. */
static void
format_date (gint64 day,
             char   buffer[static 11])
{
  gint64 z = day + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  int d = (int) (doy - (153 * mp + 2) / 5 + 1);
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);
  int y = (int) (yoe + era * 400 + (m <= 2));

  put_digits (buffer, y, 4);
  buffer[4] = '-';
  put_digits (buffer + 5, m, 2);
  buffer[7] = '-';
  put_digits (buffer + 8, d, 2);
  buffer[10] = '\0';
}

/* Moves a day off the weekend, forwards or backwards. */
static gint64
to_workday (gint64   day,
            gboolean forwards)
{
  int weekday = (int) ((day + 4) % 7); /* 0 is Sunday: 1970-01-01 was a Thursday */

  if (weekday == 6)
    return forwards ? day + 2 : day - 1;
  if (weekday == 0)
    return forwards ? day + 1 : day - 2;
  return day;
}

/* A day between @first and @last, more often near @last when @recent. */
static gint64
pick_day (DemoFill *fill,
          gint64    first,
          gint64    last,
          gboolean  recent)
{
  double u = g_rand_double (fill->rand);
  gint64 day;

  if (recent)
    u = sqrt (u);
  day = to_workday (first + (gint64) (u * (double) (last - first + 1)), FALSE);
  return CLAMP (day, first, last);
}

/* Statements */

/* Time-ordered uuids (RFC 9562, version 7): each table's uuid index
 * grows at its end instead of at random places, which saves a third of
 * the time of a large fill. The 62 random bits keep them unique across
 * workspaces. */
static void
next_uuid (DemoFill *fill,
           char      uuid[static 37])
{
  static const char hex[] = "0123456789abcdef";
  guint64 ms = (guint64) fill->uuid_ms + (fill->n_uuids >> 12);
  guint64 high = (ms << 16) | 0x7000 | (fill->n_uuids & 0xfff);
  guint64 low = (guint64) g_rand_int (fill->entropy) << 32 | g_rand_int (fill->entropy);
  int c = 0;

  low = (low & G_GUINT64_CONSTANT (0x3fffffffffffffff)) | G_GUINT64_CONSTANT (0x8000000000000000);
  fill->n_uuids++;
  for (int i = 0; i < 32; i++)
    {
      guint64 word = i < 16 ? high : low;

      if (i == 8 || i == 12 || i == 16 || i == 20)
        uuid[c++] = '-';
      uuid[c++] = hex[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
  uuid[c] = '\0';
}

/* The last parameter of every insert is the uuid. */
static gboolean
step_insert (DemoFill      *fill,
             sqlite3_stmt  *stmt,
             gint64        *id,
             GError       **error)
{
  char uuid[37];
  int rc;

  next_uuid (fill, uuid);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_count (stmt), uuid, 36, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      pas_workspace_set_error (fill->workspace, sqlite3_extended_errcode (fill->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (id != NULL)
    *id = sqlite3_last_insert_rowid (fill->db);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           column,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           column,
           gint64        day)
{
  char buffer[11];

  format_date (day, buffer);
  sqlite3_bind_text (stmt, column, buffer, 10, SQLITE_TRANSIENT);
}

/* Tables */

static gboolean
write_settings (DemoFill  *fill,
                GError   **error)
{
  return pas_workspace_set_setting (fill->workspace, "organisation_name", _(organisation_name), error) &&
         pas_workspace_set_setting (fill->workspace, "referent_ratio", "15", error) &&
         pas_workspace_set_setting (fill->workspace, "privacy_k", "5", error) &&
         pas_workspace_set_setting (fill->workspace, "change_load_threshold", "3", error);
}

static gboolean
write_projects (DemoFill  *fill,
                GError   **error)
{
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO project (name, description, sponsor, start_date, golive_date, phase, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                              error);

  if (stmt == NULL)
    return FALSE;
  for (guint p = 0; p < N_PROJECTS; p++)
    {
      bind_text (stmt, 1, _(demo_projects[p].name));
      bind_text (stmt, 2, _(demo_projects[p].description));
      bind_text (stmt, 3, _(demo_projects[p].sponsor));
      bind_date (stmt, 4, fill->today + demo_projects[p].start_offset);
      bind_date (stmt, 5, fill->today + demo_projects[p].golive_offset);
      bind_text (stmt, 6, demo_projects[p].phase);
      if (!step_insert (fill, stmt, &fill->project_ids[p], error))
        return FALSE;
    }
  return TRUE;
}

/* Skewed towards the middle, lower where people are less at ease:
 * some colleagues struggle, which is what the tool is for. */
static int
draw_comfort (DemoFill             *fill,
              const DemoDepartment *department,
              gboolean              referent)
{
  static const guint cumulative[] = { 8, 25, 55, 83, 100 };
  guint roll;
  int level = 0;

  if (referent)
    return rand_between (fill, 3, 4);
  if (chance (fill, 3))
    return -1;
  roll = rand_index (fill, 100);
  while (roll >= cumulative[level])
    level++;
  if (chance (fill, 50))
    level += department->ease;
  return CLAMP (level, 0, 4);
}

static char *
make_email (GHashTable *taken,
            const char *first,
            const char *last)
{
  g_autofree char *full = g_strconcat (first, ".", last, NULL);
  g_autofree char *ascii = g_str_to_ascii (full, "C");
  GString *email = g_string_new (NULL);
  guint n;

  for (const char *c = ascii; *c; c++)
    if (g_ascii_isalnum (*c) || *c == '.' || *c == '-')
      g_string_append_c (email, g_ascii_tolower (*c));
  /* Names hold no digits, so a numbered homonym never meets another name. */
  n = GPOINTER_TO_UINT (g_hash_table_lookup (taken, email->str)) + 1;
  g_hash_table_replace (taken, g_strdup (email->str), GUINT_TO_POINTER (n));
  if (n > 1)
    g_string_append_printf (email, "%u", n);
  g_string_append (email, "@" EMAIL_DOMAIN);
  return g_string_free (email, FALSE);
}

static gboolean
write_departments (DemoFill  *fill,
                   guint     *counts,
                   GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO department (name, headcount, site, uuid) "
                                              "VALUES (?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint d = 0; d < sizes->departments; d++)
    {
      /* Not everybody is recorded: the headcount is the real one. */
      guint headcount = counts[d] + counts[d] * rand_between (fill, 2, 25) / 100 + rand_between (fill, 0, 3);

      bind_text (stmt, 1, _(demo_departments[d].name));
      sqlite3_bind_int (stmt, 2, (int) headcount);
      bind_text (stmt, 3, demo_departments[d].site);
      if (!step_insert (fill, stmt, &fill->departments[d].id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_people (DemoFill  *fill,
              GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree double *weights = g_new (double, sizes->departments);
  g_autofree guint *counts = g_new (guint, sizes->departments);
  guint eligible = 0, seen = 0, chosen = 0, p = 0;
  sqlite3_stmt *stmt;

  g_assert (sizes->departments <= G_N_ELEMENTS (demo_departments));
  for (guint d = 0; d < sizes->departments; d++)
    weights[d] = demo_departments[d].weight;
  allocate (sizes->people, weights, sizes->departments, counts);

  fill->people = g_new0 (DemoPerson, sizes->people);
  fill->departments = g_new0 (DemoDepartmentRow, sizes->departments);
  fill->referents = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint d = 0; d < sizes->departments; d++)
    {
      fill->departments[d].first_person = p;
      fill->departments[d].n_people = counts[d];
      fill->departments[d].referents = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint j = 0; j < counts[d]; j++, p++)
        {
          fill->people[p].department = d;
          fill->people[p].archived = j > 0 && chance (fill, 2);
          if (!fill->people[p].archived && demo_departments[d].has_referent)
            eligible++;
        }
    }

  /* Selection sampling: exactly the number of referents asked for,
   * spread over the departments that have some. */
  for (p = 0; p < sizes->people; p++)
    {
      DemoPerson *person = &fill->people[p];

      if (person->archived || !demo_departments[person->department].has_referent)
        continue;
      if (rand_index (fill, eligible - seen) < sizes->referents - chosen)
        {
          person->referent = TRUE;
          chosen++;
        }
      seen++;
    }
  g_assert (chosen == sizes->referents);

  if (!write_departments (fill, counts, error))
    return FALSE;

  stmt = pas_workspace_prepare (fill->workspace,
                                "INSERT INTO person (name, email, department_id, job_title, site, is_referent, comfort, archived, uuid) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (stmt == NULL)
    return FALSE;
  for (p = 0; p < sizes->people; p++)
    {
      DemoPerson *person = &fill->people[p];
      const DemoDepartment *department = &demo_departments[person->department];
      const char *first = first_names[rand_index (fill, G_N_ELEMENTS (first_names))];
      const char *last = last_names[rand_index (fill, G_N_ELEMENTS (last_names))];
      g_autofree char *name = g_strconcat (first, " ", last, NULL);
      g_autofree char *email = make_email (emails, first, last);
      gboolean head = p == fill->departments[person->department].first_person;
      const char *title = department->titles[head ? 0 : chance (fill, 60) ? 1 : 2];

      person->comfort = draw_comfort (fill, department, person->referent);
      bind_text (stmt, 1, name);
      /* Colleagues on the shop floor often have no company address. */
      bind_text (stmt, 2, department->ease < 0 && !head && chance (fill, 25) ? NULL : email);
      bind_id (stmt, 3, fill->departments[person->department].id);
      bind_text (stmt, 4, _(title));
      bind_text (stmt, 5, chance (fill, 5) ? _("Remote") : department->site);
      sqlite3_bind_int (stmt, 6, person->referent);
      if (person->comfort >= 0)
        sqlite3_bind_int (stmt, 7, person->comfort);
      else
        sqlite3_bind_null (stmt, 7);
      sqlite3_bind_int (stmt, 8, person->archived);
      if (!step_insert (fill, stmt, &person->id, error))
        return FALSE;
      if (person->referent)
        {
          g_array_append_val (fill->referents, person->id);
          g_array_append_val (fill->departments[person->department].referents, person->id);
        }
    }
  return TRUE;
}

static gboolean
write_skills (DemoFill  *fill,
              GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  sqlite3_stmt *skill_stmt;
  sqlite3_stmt *link_stmt;

  g_assert (sizes->skills <= G_N_ELEMENTS (demo_skills));
  skill_stmt = pas_workspace_prepare (fill->workspace,
                                      "INSERT INTO skill (name, description, uuid) VALUES (?, ?, ?)",
                                      error);
  link_stmt = pas_workspace_prepare (fill->workspace,
                                     "INSERT INTO project_skill (project_id, skill_id, uuid) VALUES (?, ?, ?)",
                                     error);
  if (skill_stmt == NULL || link_stmt == NULL)
    return FALSE;

  fill->skill_ids = g_new0 (gint64, sizes->skills);
  for (guint p = 0; p < N_PROJECTS; p++)
    fill->project_skills[p] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint s = 0; s < sizes->skills; s++)
    {
      bind_text (skill_stmt, 1, _(demo_skills[s].name));
      bind_text (skill_stmt, 2, _(demo_skills[s].description));
      if (!step_insert (fill, skill_stmt, &fill->skill_ids[s], error))
        return FALSE;
      for (guint p = 0; p < N_PROJECTS; p++)
        if (demo_skills[s].projects & (1u << p))
          {
            bind_id (link_stmt, 1, fill->project_ids[p]);
            bind_id (link_stmt, 2, fill->skill_ids[s]);
            if (!step_insert (fill, link_stmt, NULL, error))
              return FALSE;
            g_array_append_val (fill->project_skills[p], s);
          }
    }
  g_assert (fill->project_skills[PROJECT_CRM]->len > 0 && fill->project_skills[PROJECT_INTRANET]->len > 0);
  return TRUE;
}

static guint
count_topics (guint project)
{
  guint n = 0;

  for (guint t = 0; t < G_N_ELEMENTS (demo_topics); t++)
    n += demo_topics[t].project == project;
  return n;
}

static guint
first_topic (guint project)
{
  guint t = 0;

  while (demo_topics[t].project != project)
    t++;
  return t;
}

static gint64
workshop_time (DemoFill *fill,
               gint64    day)
{
  static const int hours[] = { 8, 9, 12, 13 };

  return day * DAY_SECONDS + hours[rand_index (fill, G_N_ELEMENTS (hours))] * 3600 + (chance (fill, 50) ? 1800 : 0);
}

/* Workshops along each project: most done, one running now in the
 * CRM roll-out (for live capture), a few planned in the coming weeks. */
static void
schedule_workshops (DemoFill     *fill,
                    DemoWorkshop *plan,
                    guint         n,
                    guint         project)
{
  guint n_topics = count_topics (project);
  guint topic0 = first_topic (project);
  gint64 first_day;
  guint n_future, n_running, n_past, horizon;

  if (project == PROJECT_CRM)
    {
      first_day = fill->history_start;
      n_future = MAX (1, n * 7 / 100);
      n_running = 1;
      horizon = 21;
    }
  else
    {
      first_day = fill->today + demo_projects[project].start_offset + 5;
      n_future = MAX (1, n * 4 / 10);
      n_running = 0;
      horizon = 30;
    }
  g_assert (n > n_future + n_running);
  n_past = n - n_future - n_running;

  for (guint i = 0; i < n; i++)
    {
      DemoWorkshop *workshop = &plan[i];

      workshop->project = project;
      workshop->topic = topic0 + (i * n_topics) / n;
      if (i < n_past)
        {
          gint64 day = first_day + (gint64) (i * (fill->today - 2 - first_day)) / n_past + rand_between (fill, 0, 2);

          day = MIN (to_workday (day, FALSE), fill->today - 1);
          workshop->starts_at = workshop_time (fill, day);
          workshop->status = chance (fill, 4) ? "cancelled" : "done";
        }
      else if (i < n_past + n_running)
        {
          workshop->starts_at = (fill->now - 45 * 60) / 900 * 900;
          workshop->status = "running";
        }
      else
        {
          guint j = i - n_past - n_running;
          gint64 day = fill->today + 2 + (gint64) (j * (horizon - 2)) / n_future + rand_between (fill, 0, 1);

          workshop->starts_at = workshop_time (fill, to_workday (day, TRUE));
          workshop->status = "planned";
        }
    }
}

static gboolean
is_captured (const DemoWorkshop *workshop)
{
  return g_str_equal (workshop->status, "done") || g_str_equal (workshop->status, "running");
}

/* Agenda lengths vary from one workshop to the next but add up exactly. */
static void
spread_agenda_items (DemoFill *fill)
{
  guint n = fill->n_workshops;
  guint base = fill->sizes->agenda_items / n;
  guint extra = fill->sizes->agenda_items % n;

  g_assert (base >= 4 && base + 5 < MAX_AGENDA_ITEMS);
  for (guint i = 0; i < n; i++)
    fill->workshops[i].n_items = base + (i < extra);
  for (guint i = 0; i + 1 < n; i += 2)
    {
      guint swing = (guint) rand_between (fill, 0, (int) MIN (5, base - 3));
      guint more = chance (fill, 50) ? i : i + 1;
      guint less = more == i ? i + 1 : i;

      fill->workshops[more].n_items += swing;
      fill->workshops[less].n_items -= swing;
    }
}

static void
spread_contributions (DemoFill *fill)
{
  g_autofree double *weights = g_new0 (double, fill->n_workshops);
  g_autofree guint *counts = g_new0 (guint, fill->n_workshops);

  for (guint i = 0; i < fill->n_workshops; i++)
    if (is_captured (&fill->workshops[i]))
      weights[i] = g_str_equal (fill->workshops[i].status, "running") ? 0.4 : 0.6 + g_rand_double (fill->rand) * 0.8;
  allocate (fill->sizes->contributions, weights, fill->n_workshops, counts);
  for (guint i = 0; i < fill->n_workshops; i++)
    fill->workshops[i].n_contributions = counts[i];
}

static guint
draw_votes (DemoFill *fill,
            guint     kind)
{
  guint roll = rand_index (fill, 100);

  if (kind == KIND_DECISION || kind == KIND_QUESTION)
    return roll < 85 ? 0 : 1;
  if (roll < 40)
    return 0;
  if (roll < 70)
    return (guint) rand_between (fill, 1, 3);
  if (roll < 90)
    return (guint) rand_between (fill, 4, 7);
  return (guint) rand_between (fill, 8, 15);
}

static gboolean
write_contributions (DemoFill      *fill,
                     DemoWorkshop  *workshop,
                     guint          duration,
                     const gint64  *attended,
                     guint          n_attended,
                     GError       **error)
{
  gboolean running = g_str_equal (workshop->status, "running");
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO contribution (workshop_id, kind, text, theme, votes, author_id, created_at, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint c = 0; c < workshop->n_contributions; c++)
    {
      const DemoContribution *template;
      gint64 created_at, id;

      do
        template = &demo_contributions[rand_index (fill, G_N_ELEMENTS (demo_contributions))];
      while (!(template->projects & (1u << workshop->project)));

      if (running)
        created_at = workshop->starts_at + rand_between (fill, 60, (int) MAX (120, fill->now - workshop->starts_at));
      else
        created_at = workshop->starts_at + rand_between (fill, 5 * 60, (int) (duration - 5) * 60);

      bind_id (stmt, 1, workshop->id);
      bind_text (stmt, 2, contribution_kinds[template->kind]);
      bind_text (stmt, 3, _(template->text));
      bind_text (stmt, 4, _(template->theme));
      /* A running workshop has not voted yet. */
      sqlite3_bind_int (stmt, 5, running ? 0 : (int) draw_votes (fill, template->kind));
      bind_id (stmt, 6, n_attended > 0 && chance (fill, 35) ? attended[rand_index (fill, n_attended)] : 0);
      sqlite3_bind_int64 (stmt, 7, created_at);
      if (!step_insert (fill, stmt, &id, error))
        return FALSE;
      if (c == 0)
        workshop->first_contribution = id;
    }
  return TRUE;
}

static gboolean
write_participants (DemoFill      *fill,
                    DemoWorkshop  *workshop,
                    gint64        *attended,
                    guint         *n_attended,
                    GError       **error)
{
  guint n = fill->sizes->invited_per_workshop;
  g_autofree gint64 *invited = g_new0 (gint64, n);
  gboolean held = is_captured (workshop);
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO workshop_participant (workshop_id, person_id, invited, attended, uuid) "
                                              "VALUES (?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  *n_attended = 0;
  for (guint i = 0; i < n; i++)
    {
      DemoPerson *person;
      guint rate;
      gboolean came, walk_in = FALSE;

      do
        person = &fill->people[pick_active_person (fill)];
      while (contains_id (invited, i, person->id));
      invited[i] = person->id;

      /* Attendance depends on the department: some never come to the
       * CRM workshops. The intranet reaches out to everyone. */
      rate = demo_departments[person->department].attendance;
      if (workshop->project == PROJECT_INTRANET)
        rate = MAX (rate, 40);
      came = held && chance (fill, (int) rate);
      if (came && chance (fill, 5))
        walk_in = TRUE;

      bind_id (stmt, 1, workshop->id);
      bind_id (stmt, 2, person->id);
      sqlite3_bind_int (stmt, 3, !walk_in);
      sqlite3_bind_int (stmt, 4, came);
      if (!step_insert (fill, stmt, NULL, error))
        return FALSE;
      if (came)
        attended[(*n_attended)++] = person->id;
    }
  return TRUE;
}

static gboolean
write_workshop (DemoFill      *fill,
                DemoWorkshop  *workshop,
                guint          session,
                gboolean       numbered,
                GError       **error)
{
  const DemoTopic *topic = &demo_topics[workshop->topic];
  guint methods[MAX_AGENDA_ITEMS];
  guint minutes[MAX_AGENDA_ITEMS];
  g_autofree gint64 *attended = g_new0 (gint64, fill->sizes->invited_per_workshop);
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;
  guint n = workshop->n_items, total = 0, duration, n_attended;
  gint64 facilitator = g_array_index (fill->referents, gint64, rand_index (fill, fill->referents->len));
  sqlite3_stmt *stmt;

  for (guint k = 0; k < n; k++)
    {
      guint method;

      if (k == 0)
        method = 0;
      else if (k + 1 == n)
        method = 1;
      else
        do
          method = 2 + rand_index (fill, G_N_ELEMENTS (demo_methods) - 2);
        while (method == methods[k - 1]);
      methods[k] = method;
      minutes[k] = (guint) rand_between (fill, (int) demo_methods[method].min_minutes, (int) demo_methods[method].max_minutes);
      total += minutes[k];
    }
  /* Planned in half-hours; a few agendas run over. */
  duration = (total + 29) / 30 * 30;
  if (chance (fill, 10) && duration > 30)
    duration -= 30;

  if (numbered)
    /* Translators: a workshop title, then the number of the session */
    title = g_strdup_printf (_("%s (session %u)"), _(topic->title), session);
  else
    title = g_strdup (_(topic->title));
  if (chance (fill, 15))
    place = g_strdup (_("Video call"));
  else
    place = g_strdup_printf ("%s (%s)", _(rooms[rand_index (fill, G_N_ELEMENTS (rooms))]),
                             demo_departments[rand_index (fill, fill->sizes->departments)].site);

  stmt = pas_workspace_prepare (fill->workspace,
                                "INSERT INTO workshop (project_id, title, objective, starts_at, duration_min, place, facilitator_id, status, uuid) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_id (stmt, 1, fill->project_ids[workshop->project]);
  bind_text (stmt, 2, title);
  bind_text (stmt, 3, _(topic->objective));
  sqlite3_bind_int64 (stmt, 4, workshop->starts_at);
  sqlite3_bind_int (stmt, 5, (int) duration);
  bind_text (stmt, 6, place);
  bind_id (stmt, 7, facilitator);
  bind_text (stmt, 8, workshop->status);
  if (!step_insert (fill, stmt, &workshop->id, error))
    return FALSE;

  stmt = pas_workspace_prepare (fill->workspace,
                                "INSERT INTO agenda_item (workshop_id, position, title, method, minutes, uuid) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                error);
  if (stmt == NULL)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      const DemoMethod *method = &demo_methods[methods[k]];

      bind_id (stmt, 1, workshop->id);
      sqlite3_bind_int (stmt, 2, (int) k);
      bind_text (stmt, 3, _(method->titles[rand_index (fill, G_N_ELEMENTS (method->titles))]));
      bind_text (stmt, 4, method->key);
      sqlite3_bind_int (stmt, 5, (int) minutes[k]);
      if (!step_insert (fill, stmt, NULL, error))
        return FALSE;
    }

  return write_participants (fill, workshop, attended, &n_attended, error) &&
         write_contributions (fill, workshop, duration, attended, n_attended, error);
}

static gboolean
write_workshops (DemoFill  *fill,
                 GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  guint n_crm = sizes->workshops - sizes->intranet_workshops;
  guint sessions[G_N_ELEMENTS (demo_topics)] = { 0 };

  fill->n_workshops = sizes->workshops;
  fill->workshops = g_new0 (DemoWorkshop, sizes->workshops);
  schedule_workshops (fill, fill->workshops, n_crm, PROJECT_CRM);
  schedule_workshops (fill, fill->workshops + n_crm, sizes->intranet_workshops, PROJECT_INTRANET);
  spread_agenda_items (fill);
  spread_contributions (fill);

  for (guint i = 0; i < fill->n_workshops; i++)
    {
      DemoWorkshop *workshop = &fill->workshops[i];
      guint n_in_project = workshop->project == PROJECT_CRM ? n_crm : sizes->intranet_workshops;

      if (!write_workshop (fill, workshop, ++sessions[workshop->topic],
                           n_in_project > count_topics (workshop->project), error))
        return FALSE;
    }
  return TRUE;
}

static double
draw_observed (DemoFill            *fill,
               const DemoCriterion *criterion)
{
  double value = criterion->low + g_rand_double (fill->rand) * (criterion->high - criterion->low);

  return criterion->whole ? round (value) : round (value * 10) / 10;
}

static gboolean
write_pilots (DemoFill  *fill,
              GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  guint n_crm = sizes->pilots - sizes->intranet_pilots;
  gint64 crm_first = fill->history_start + 60;
  gint64 crm_last = fill->today - CRM_GOLIVE_DAYS_AGO;
  g_autofree gint64 *testers = g_new0 (gint64, sizes->testers_per_pilot);
  sqlite3_stmt *pilot_stmt, *tester_stmt, *criterion_stmt;

  pilot_stmt = pas_workspace_prepare (fill->workspace,
                                      "INSERT INTO pilot (project_id, name, scope, start_date, end_date, uuid) "
                                      "VALUES (?, ?, ?, ?, ?, ?)",
                                      error);
  tester_stmt = pas_workspace_prepare (fill->workspace,
                                       "INSERT INTO pilot_tester (pilot_id, person_id, uuid) VALUES (?, ?, ?)",
                                       error);
  criterion_stmt = pas_workspace_prepare (fill->workspace,
                                          "INSERT INTO pilot_criterion (pilot_id, label, target, observed, comparison, uuid) "
                                          "VALUES (?, ?, ?, ?, ?, ?)",
                                          error);
  if (pilot_stmt == NULL || tester_stmt == NULL || criterion_stmt == NULL)
    return FALSE;

  g_assert (n_crm >= 2 && sizes->criteria_per_pilot <= G_N_ELEMENTS (demo_criteria));
  fill->pilots = g_new0 (DemoPilot, sizes->pilots);
  for (guint i = 0; i < sizes->pilots; i++)
    {
      DemoPilot *pilot = &fill->pilots[i];
      guint project = i < n_crm ? PROJECT_CRM : PROJECT_INTRANET;
      guint j = project == PROJECT_CRM ? i : i - n_crm;
      guint n_in_project = project == PROJECT_CRM ? n_crm : sizes->intranet_pilots;
      guint n_topics = 0, topic0 = G_N_ELEMENTS (demo_pilot_topics);
      const DemoPilotTopic *topic;
      g_autofree char *name = NULL;
      guint home;

      for (guint t = 0; t < G_N_ELEMENTS (demo_pilot_topics); t++)
        if (demo_pilot_topics[t].project == project)
          {
            topic0 = MIN (topic0, t);
            n_topics++;
          }
      topic = &demo_pilot_topics[topic0 + j % n_topics];
      if (n_in_project > n_topics)
        /* Translators: a pilot's name, then the number of its wave */
        name = g_strdup_printf (_("%s, wave %u"), _(topic->name), j / n_topics + 1);
      else
        name = g_strdup (_(topic->name));

      pilot->project = project;
      if (project == PROJECT_INTRANET)
        pilot->start_day = fill->today + 50 + j * 20;
      else if (j + 1 == n_crm)
        /* The last teams are still testing during the roll-out. */
        pilot->start_day = fill->today - 20;
      else
        pilot->start_day = crm_first + (gint64) (j * (crm_last - crm_first - 40)) / (n_crm - 1) + rand_between (fill, 0, 6);
      pilot->start_day = to_workday (pilot->start_day, TRUE);
      pilot->end_day = pilot->start_day + rand_between (fill, 28, 56);

      bind_id (pilot_stmt, 1, fill->project_ids[project]);
      bind_text (pilot_stmt, 2, name);
      bind_text (pilot_stmt, 3, _(topic->scope));
      bind_date (pilot_stmt, 4, pilot->start_day);
      bind_date (pilot_stmt, 5, pilot->end_day);
      if (!step_insert (fill, pilot_stmt, &pilot->id, error))
        return FALSE;

      /* Most testers come from one department, a few from elsewhere. */
      do
        home = rand_index (fill, sizes->departments);
      while (demo_departments[home].attendance == 0);
      for (guint k = 0; k < sizes->testers_per_pilot; k++)
        {
          const DemoDepartmentRow *department = &fill->departments[home];
          guint p;

          do
            p = chance (fill, 60) ? department->first_person + rand_index (fill, department->n_people)
                                  : pick_person (fill);
          while (fill->people[p].archived || contains_id (testers, k, fill->people[p].id));
          testers[k] = fill->people[p].id;
          bind_id (tester_stmt, 1, pilot->id);
          bind_id (tester_stmt, 2, testers[k]);
          if (!step_insert (fill, tester_stmt, NULL, error))
            return FALSE;
        }

      for (guint k = 0; k < sizes->criteria_per_pilot; k++)
        {
          const DemoCriterion *criterion = &demo_criteria[(i + k * 2) % G_N_ELEMENTS (demo_criteria)];
          gboolean measured = pilot->end_day < fill->today || (pilot->start_day < fill->today && chance (fill, 50));

          bind_id (criterion_stmt, 1, pilot->id);
          bind_text (criterion_stmt, 2, _(criterion->label));
          sqlite3_bind_double (criterion_stmt, 3, criterion->target);
          if (measured)
            sqlite3_bind_double (criterion_stmt, 4, draw_observed (fill, criterion));
          else
            sqlite3_bind_null (criterion_stmt, 4);
          bind_text (criterion_stmt, 5, criterion->comparison);
          if (!step_insert (fill, criterion_stmt, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static guint
draw_category (DemoFill *fill)
{
  guint total = 0, roll, c = 0;

  for (guint i = 0; i < N_CATEGORIES; i++)
    total += demo_categories[i].weight;
  roll = rand_index (fill, total);
  while (roll >= demo_categories[c].weight)
    roll -= demo_categories[c++].weight;
  return c;
}

static gint64
find_pilot (DemoFill *fill,
            guint     project,
            gint64    day)
{
  guint n = fill->sizes->pilots;
  guint start = rand_index (fill, n);

  for (guint k = 0; k < n; k++)
    {
      const DemoPilot *pilot = &fill->pilots[(start + k) % n];

      if (pilot->project == project && pilot->start_day <= day && day <= pilot->end_day + 7)
        return pilot->id;
    }
  return 0;
}

/* A contribution of a CRM workshop held before @created_at, which
 * moves forward when it must come after the workshop. */
static gint64
pick_contribution (DemoFill *fill,
                   gint64   *created_at)
{
  for (guint attempt = 0; attempt < 20; attempt++)
    {
      const DemoWorkshop *workshop = &fill->workshops[rand_index (fill, fill->n_workshops)];

      if (workshop->project != PROJECT_CRM || workshop->n_contributions == 0 ||
          !g_str_equal (workshop->status, "done"))
        continue;
      if (workshop->starts_at > *created_at)
        {
          gint64 later = workshop->starts_at + rand_between (fill, 1, 20) * DAY_SECONDS;

          *created_at = MIN (fill->now, later);
        }
      return workshop->first_contribution + rand_index (fill, workshop->n_contributions);
    }
  return 0;
}

static gboolean
write_feedback (DemoFill  *fill,
                GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  gint64 crm_start = (fill->history_start + 60) * DAY_SECONDS;
  gint64 intranet_start = (fill->today + demo_projects[PROJECT_INTRANET].start_offset + 5) * DAY_SECONDS;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO feedback (project_id, pilot_id, category, severity, sentiment, text, status, "
                                              "response, author_id, department_id, created_at, resolved_at, contribution_id, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < sizes->feedback; i++)
    {
      guint project = chance (fill, 5) ? PROJECT_INTRANET : PROJECT_CRM;
      gint64 start = project == PROJECT_CRM ? crm_start : intranet_start;
      /* More and more feedback since the go-live; in time order, as
       * people send it. */
      double moment = sqrt ((i + g_rand_double (fill->rand)) / sizes->feedback);
      gint64 created_at = start + (gint64) (moment * (double) (fill->now - start));
      gint64 resolved_at = 0, pilot_id = 0, contribution_id = 0, author_id = 0, department_id = 0;
      const DemoCategory *category;
      const char *status, *response = NULL;
      gint64 age;
      guint c;

      if (project == PROJECT_CRM)
        {
          c = draw_category (fill);
          g_string_assign (fill->text, _(pick_string (fill, demo_categories[c].texts)));
        }
      else
        {
          guint k = rand_index (fill, G_N_ELEMENTS (intranet_feedback));

          c = intranet_feedback[k].category;
          g_string_assign (fill->text, _(intranet_feedback[k].text));
        }
      category = &demo_categories[c];
      if (chance (fill, 55))
        {
          g_string_append_c (fill->text, ' ');
          g_string_append (fill->text, _(pick_string (fill, c == CATEGORY_PRAISE ? positive_contexts : negative_contexts)));
        }

      if (project == PROJECT_CRM && chance (fill, 5))
        contribution_id = pick_contribution (fill, &created_at);
      if (project == PROJECT_CRM && chance (fill, 65))
        pilot_id = find_pilot (fill, project, created_at / DAY_SECONDS);
      if (chance (fill, 60))
        {
          const DemoPerson *author = &fill->people[pick_person (fill)];

          author_id = author->id;
          department_id = fill->departments[author->department].id;
        }
      else if (chance (fill, 70))
        department_id = fill->departments[fill->people[pick_person (fill)].department].id;

      /* The older an item, the likelier it has been dealt with. */
      age = (fill->now - created_at) / DAY_SECONDS;
      if (chance (fill, (int) MIN (85, age * 2)))
        {
          gint64 longest = MAX (3600, MIN (fill->now - created_at, 45 * DAY_SECONDS));

          status = (c == CATEGORY_PRAISE || chance (fill, 80)) ? "done" : "wont_do";
          resolved_at = created_at + 3600 + (gint64) (g_rand_double (fill->rand) * (double) (longest - 3600));
          if (chance (fill, 75))
            response = _(pick_string (fill, g_str_equal (status, "done") ? category->responses : wont_do_responses));
        }
      else if (age < 5)
        status = "new";
      else
        {
          guint roll = rand_index (fill, 100);

          status = (roll < 45 || c == CATEGORY_PRAISE) ? "triaged" : roll < 80 ? "planned" : "new";
          if (g_str_equal (status, "planned") && chance (fill, 30))
            response = _(pick_string (fill, planned_responses));
        }

      bind_id (stmt, 1, fill->project_ids[project]);
      bind_id (stmt, 2, pilot_id);
      bind_text (stmt, 3, category->key);
      sqlite3_bind_int (stmt, 4, rand_between (fill, category->min_severity, category->max_severity));
      sqlite3_bind_int (stmt, 5, rand_between (fill, category->min_sentiment, category->max_sentiment));
      bind_text (stmt, 6, fill->text->str);
      bind_text (stmt, 7, status);
      bind_text (stmt, 8, response ? response : "");
      bind_id (stmt, 9, author_id);
      bind_id (stmt, 10, department_id);
      sqlite3_bind_int64 (stmt, 11, created_at);
      if (resolved_at > 0)
        sqlite3_bind_int64 (stmt, 12, resolved_at);
      else
        sqlite3_bind_null (stmt, 12);
      bind_id (stmt, 13, contribution_id);
      if (!step_insert (fill, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* FTS5 writes its pending terms at every statement boundary: fed one
 * row at a time by the insert trigger, 100,000 feedback items take ten
 * seconds. So the trigger is set aside, everything is indexed at once,
 * and the trigger is put back, all inside the fill's transaction. */
static gboolean
write_feedback_indexed (DemoFill  *fill,
                        GError   **error)
{
  g_autofree char *trigger = NULL;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'feedback_fts_insert'",
                                              error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    trigger = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (trigger == NULL)
    return write_feedback (fill, error);

  return pas_workspace_exec (fill->workspace, "DROP TRIGGER feedback_fts_insert", error) &&
         write_feedback_indexed (fill, error) &&
         pas_workspace_exec (fill->workspace, "INSERT INTO feedback_fts (feedback_fts) VALUES ('rebuild')", error) &&
         pas_workspace_exec (fill->workspace, trigger, error);
}

static gboolean
write_modules (DemoFill  *fill,
               GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  guint n_crm = sizes->modules - sizes->intranet_modules;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO training_module (project_id, title, format, minutes, skill_id, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  fill->modules = g_new0 (DemoModule, sizes->modules);
  for (guint m = 0; m < sizes->modules; m++)
    {
      DemoModule *module = &fill->modules[m];
      guint project = m < n_crm ? PROJECT_CRM : PROJECT_INTRANET;
      guint j = project == PROJECT_CRM ? m : m - n_crm;
      GArray *skills = fill->project_skills[project];
      guint skill = g_array_index (skills, guint, j % skills->len);
      g_autofree char *title = NULL;

      /* Every format for every project, each skill in turn. */
      module->project = project;
      module->format = (j + j / skills->len) % N_FORMATS;
      title = g_strdup_printf (_(demo_formats[module->format].titles[(j / skills->len) % 2]),
                               _(demo_skills[skill].topic));
      bind_id (stmt, 1, fill->project_ids[project]);
      bind_text (stmt, 2, title);
      bind_text (stmt, 3, demo_formats[module->format].key);
      sqlite3_bind_int (stmt, 4, rand_between (fill, (int) demo_formats[module->format].min_minutes,
                                               (int) demo_formats[module->format].max_minutes));
      bind_id (stmt, 5, fill->skill_ids[skill]);
      if (!step_insert (fill, stmt, &module->id, error))
        return FALSE;
    }
  return TRUE;
}

/* Between 0 (struggles) and 1 (at ease), from comfort and department. */
static double
ease_of (const DemoPerson *person)
{
  double comfort = person->comfort >= 0 ? person->comfort : 2;

  return CLAMP ((comfort + demo_departments[person->department].ease * 0.5) / 4.0, 0.0, 1.0);
}

static gboolean
write_enrollments (DemoFill  *fill,
                   GError   **error)
{
  static const double format_completion[N_FORMATS] = {
    [FORMAT_MICRO_LEARNING] = 0.12, [FORMAT_COACHING] = 0.08, [FORMAT_PEER_SHARING] = 0.02,
    [FORMAT_CLASSROOM] = -0.04, [FORMAT_E_LEARNING] = -0.2,
  };
  const DemoSizes *sizes = fill->sizes;
  g_autofree double *weights = g_new (double, sizes->people);
  g_autofree guint *counts = g_new (guint, sizes->people);
  g_autofree guint *order = g_new (guint, sizes->modules);
  gint64 first_day = fill->history_start + 30;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO enrollment (module_id, person_id, coach_id, due_date, status, completed_date, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  /* Some of those who struggle most have no training at all yet:
   * the at-risk list must find them. */
  for (guint p = 0; p < sizes->people; p++)
    {
      const DemoPerson *person = &fill->people[p];

      if (person->archived)
        weights[p] = 0.2;
      else if (person->comfort >= 0 && person->comfort <= 1)
        weights[p] = chance (fill, 15) ? 0 : 1.4;
      else if (person->referent)
        weights[p] = 0.6;
      else
        weights[p] = 0.7 + g_rand_double (fill->rand) * 0.6;
    }
  allocate (sizes->enrollments, weights, sizes->people, counts);
  for (guint m = 0; m < sizes->modules; m++)
    order[m] = m;

  for (guint p = 0; p < sizes->people; p++)
    {
      const DemoPerson *person = &fill->people[p];
      double completion = 0.4 + 0.5 * ease_of (person);

      g_assert (counts[p] <= sizes->modules);
      /* A partial shuffle: distinct modules for the person. */
      for (guint k = 0; k < counts[p]; k++)
        {
          guint pick = k + rand_index (fill, sizes->modules - k);
          guint swap = order[k];
          const DemoModule *module;
          double done_chance;
          gint64 assigned, due, completed = 0;
          const char *status;

          order[k] = order[pick];
          order[pick] = swap;
          module = &fill->modules[order[k]];
          /* Short formats get finished, long e-learning gets abandoned. */
          done_chance = completion + format_completion[module->format];

          /* The intranet's training has only just begun. */
          if (module->project == PROJECT_INTRANET)
            assigned = pick_day (fill, fill->today - 25, fill->today + 14, FALSE);
          else
            assigned = pick_day (fill, first_day, fill->today + 14, TRUE);
          due = to_workday (assigned + rand_between (fill, 14, 45), TRUE);
          if (due > fill->today)
            {
              if (assigned < fill->today && g_rand_double (fill->rand) < done_chance * 0.4)
                status = "completed";
              else
                status = (assigned <= fill->today && chance (fill, 55)) ? "in_progress" : "planned";
            }
          else if (g_rand_double (fill->rand) < done_chance)
            status = "completed";
          else if (chance (fill, 25))
            status = "dropped";
          else
            status = chance (fill, 60) ? "in_progress" : "planned";   /* overdue */
          if (g_str_equal (status, "completed"))
            completed = assigned + rand_between (fill, 0, (int) (MIN (due + 10, fill->today) - assigned));

          bind_id (stmt, 1, module->id);
          bind_id (stmt, 2, person->id);
          bind_id (stmt, 3, module->format == FORMAT_COACHING ? pick_referent (fill, person->department, person->id) : 0);
          bind_date (stmt, 4, due);
          bind_text (stmt, 5, status);
          if (completed > 0)
            bind_date (stmt, 6, completed);
          else
            sqlite3_bind_null (stmt, 6);
          if (!step_insert (fill, stmt, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The skills a person is assessed on: mostly those of the CRM. */
static guint
order_skills (DemoFill *fill,
              guint    *order)
{
  guint n_crm = 0, n_other = 0, n = 0, c = 0, o = 0;
  guint crm_skills[G_N_ELEMENTS (demo_skills)];
  guint other_skills[G_N_ELEMENTS (demo_skills)];

  for (guint s = 0; s < fill->sizes->skills; s++)
    if (demo_skills[s].projects & FOR_CRM)
      crm_skills[n_crm++] = s;
    else
      other_skills[n_other++] = s;
  g_assert (n_crm == fill->project_skills[PROJECT_CRM]->len);
  shuffle (fill, crm_skills, n_crm);
  shuffle (fill, other_skills, n_other);
  while (c < n_crm || o < n_other)
    order[n++] = (c < n_crm && (o == n_other || chance (fill, 80))) ? crm_skills[c++] : other_skills[o++];
  return n;
}

static gboolean
write_assessments (DemoFill  *fill,
                   GError   **error)
{
  static const char *later_sources[] = { "referent", "referent", "manager", "manager", "self" };
  const DemoSizes *sizes = fill->sizes;
  g_autofree double *weights = g_new (double, sizes->people);
  g_autofree guint *counts = g_new (guint, sizes->people);
  guint order[G_N_ELEMENTS (demo_skills)];
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO skill_assessment (person_id, skill_id, level, assessed_on, source, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint p = 0; p < sizes->people; p++)
    weights[p] = fill->people[p].archived ? 0.3 : 0.7 + g_rand_double (fill->rand) * 0.6;
  allocate (sizes->assessments, weights, sizes->people, counts);

  for (guint p = 0; p < sizes->people; p++)
    {
      const DemoPerson *person = &fill->people[p];
      guint n_skills = order_skills (fill, order);
      guint remaining = counts[p];
      int comfort = person->comfort >= 0 ? person->comfort : 2;
      /* Most progress; some people struggle and stay stuck on a few skills,
       * more often those ill at ease with digital tools. */
      int struggling_percent = 8 + (comfort <= 1 ? 25 : 0) + (demo_departments[person->department].ease < 0 ? 10 : 0);
      gboolean struggling = chance (fill, struggling_percent);

      for (guint s = 0; remaining > 0; s++)
        {
          guint length = (guint) rand_between (fill, 2, 4);
          gboolean stuck = struggling && chance (fill, 35);
          int level = comfort - 1 + rand_between (fill, -1, 1);
          /* From the first months of the project to the last ones. */
          gint64 first = fill->history_start + rand_between (fill, 0, 100);
          gint64 last = fill->today - rand_between (fill, 0, 75);

          if (s + 1 == n_skills || length > remaining)
            length = remaining;
          level = CLAMP (level, 0, 3);
          if (stuck)
            level = MIN (level, 1);
          for (guint k = 0; k < length; k++)
            {
              gint64 day = length > 1 ? first + k * (last - first) / (length - 1) : last;

              day += rand_between (fill, -5, 5);

              if (k > 0 && !stuck && chance (fill, 70))
                level = MIN (level + 1, 4);
              /* Those who are not stuck end up at ease with the skill. */
              if (k + 1 == length && !stuck)
                level = MAX (level, 2);
              bind_id (stmt, 1, person->id);
              bind_id (stmt, 2, fill->skill_ids[order[s]]);
              sqlite3_bind_int (stmt, 3, level);
              bind_date (stmt, 4, to_workday (CLAMP (day, fill->history_start, fill->today), FALSE));
              bind_text (stmt, 5, k == 0 ? "self" : later_sources[rand_index (fill, G_N_ELEMENTS (later_sources))]);
              if (!step_insert (fill, stmt, NULL, error))
                return FALSE;
            }
          remaining -= length;
        }
    }
  return TRUE;
}

static int
adkar_score (DemoFill *fill,
             double    level)
{
  level += g_rand_double (fill->rand) - 0.5;
  return CLAMP ((int) floor (level + 0.5), 1, 5);
}

/* ADKAR elements usually fall along the sequence; @base rises as
 * people are accompanied. */
static gboolean
write_adkar (DemoFill      *fill,
             sqlite3_stmt  *stmt,
             guint          project,
             gint64         person_id,
             gint64         department_id,
             gint64         day,
             double         base,
             GError       **error)
{
  static const double offsets[] = { 1.3, 0.8, 0.2, -0.2, -0.5 };

  bind_id (stmt, 1, fill->project_ids[project]);
  bind_id (stmt, 2, person_id);
  bind_id (stmt, 3, department_id);
  bind_date (stmt, 4, to_workday (day, FALSE));
  for (guint e = 0; e < G_N_ELEMENTS (offsets); e++)
    sqlite3_bind_int (stmt, 5 + (int) e, adkar_score (fill, base + offsets[e]));
  return step_insert (fill, stmt, NULL, error);
}

static gboolean
write_readiness (DemoFill  *fill,
                 GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  guint n_departmental = sizes->departments * sizes->readiness_months;
  g_autofree double *weights = g_new (double, sizes->people);
  g_autofree guint *counts = g_new (guint, sizes->people);
  gint64 crm_first = fill->history_start + 30;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO readiness_assessment (project_id, person_id, department_id, assessed_on, "
                                              "awareness, desire, knowledge, ability, reinforcement, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  g_assert (sizes->readiness > n_departmental);
  for (guint d = 0; d < sizes->departments; d++)
    for (guint m = 0; m < sizes->readiness_months; m++)
      {
        double progress = (double) (m + 1) / sizes->readiness_months;
        gint64 day = fill->today - (gint64) (sizes->readiness_months - 1 - m) * 30 - rand_between (fill, 1, 6);

        if (!write_adkar (fill, stmt, PROJECT_CRM, 0, fill->departments[d].id, day,
                          2.0 + demo_departments[d].ease * 0.4 + progress * 1.2, error))
          return FALSE;
      }

  for (guint p = 0; p < sizes->people; p++)
    weights[p] = fill->people[p].archived ? 0 : 0.4 + g_rand_double (fill->rand) * 1.2;
  allocate (sizes->readiness - n_departmental, weights, sizes->people, counts);
  for (guint p = 0; p < sizes->people; p++)
    {
      const DemoPerson *person = &fill->people[p];
      double ease = ease_of (person);

      for (guint k = 0; k < counts[p]; k++)
        {
          guint project = chance (fill, 12) ? PROJECT_INTRANET : PROJECT_CRM;
          gint64 first = project == PROJECT_CRM ? crm_first : fill->today - 30;
          gint64 day = first + (gint64) (k + 1) * (fill->today - first) / counts[p] - rand_between (fill, 0, 10);
          double progress = (double) (day - first) / (double) (fill->today - first);
          double base = 2.0 + ease * 2.0 + progress * (project == PROJECT_CRM ? 1.2 : 0.3) - (project == PROJECT_INTRANET ? 0.6 : 0);

          if (!write_adkar (fill, stmt, project, person->id, 0, MAX (day, first), base, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_activities (DemoFill  *fill,
                  GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  guint n = fill->referents->len;
  g_autofree double *weights = g_new (double, n);
  g_autofree guint *counts = g_new (guint, n);
  guint total_weight = 0;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO referent_activity (referent_id, activity_date, kind, people_helped, note, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  /* Some referents are very active, a few have dropped out. */
  for (guint r = 0; r < n; r++)
    weights[r] = r > 0 && chance (fill, 10) ? 0 : 0.3 + g_rand_double (fill->rand) * 1.7;
  allocate (sizes->activities, weights, n, counts);
  for (guint k = 0; k < N_ACTIVITIES; k++)
    total_weight += demo_activities[k].weight;

  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < counts[r]; i++)
      {
        guint roll = rand_index (fill, total_weight), kind = 0;

        while (roll >= demo_activities[kind].weight)
          roll -= demo_activities[kind++].weight;
        bind_id (stmt, 1, g_array_index (fill->referents, gint64, r));
        bind_date (stmt, 2, pick_day (fill, fill->history_start + 20, fill->today, TRUE));
        bind_text (stmt, 3, demo_activities[kind].key);
        sqlite3_bind_int (stmt, 4, rand_between (fill, (int) demo_activities[kind].min_helped,
                                                 (int) demo_activities[kind].max_helped));
        bind_text (stmt, 5, _(demo_activities[kind].notes[rand_index (fill, G_N_ELEMENTS (demo_activities[kind].notes))]));
        if (!step_insert (fill, stmt, NULL, error))
          return FALSE;
      }
  return TRUE;
}

static double
vary_metric (DemoFill *fill,
             double    value)
{
  return round (value * (0.85 + g_rand_double (fill->rand) * 0.3));
}

static gboolean
write_stories (DemoFill  *fill,
               GError   **error)
{
  const DemoSizes *sizes = fill->sizes;
  g_autofree gint64 *recognised = g_new0 (gint64, sizes->people_per_story);
  gboolean declined[N_PROJECTS] = { FALSE };
  sqlite3_stmt *story_stmt, *person_stmt;

  story_stmt = pas_workspace_prepare (fill->workspace,
                                      "INSERT INTO success_story (project_id, title, department_id, story, metric, "
                                      "metric_before, metric_after, story_date, status, uuid) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                      error);
  person_stmt = pas_workspace_prepare (fill->workspace,
                                       "INSERT INTO story_person (story_id, person_id, consent, uuid) VALUES (?, ?, ?, ?)",
                                       error);
  if (story_stmt == NULL || person_stmt == NULL)
    return FALSE;

  for (guint i = 0; i < sizes->stories; i++)
    {
      const DemoStory *story = &demo_stories[i % G_N_ELEMENTS (demo_stories)];
      guint d;
      const DemoDepartmentRow *department;
      gint64 day = pick_day (fill, fill->history_start + 90, fill->today, TRUE);
      gint64 story_id;

      if (story->department >= 0 && (guint) story->department < sizes->departments &&
          (i < G_N_ELEMENTS (demo_stories) || chance (fill, 50)))
        d = (guint) story->department;
      else
        do
          d = rand_index (fill, sizes->departments);
        while (demo_departments[d].attendance == 0 && story->project == PROJECT_CRM);
      department = &fill->departments[d];
      g_assert (department->n_people >= sizes->people_per_story);

      bind_id (story_stmt, 1, fill->project_ids[story->project]);
      bind_text (story_stmt, 2, _(story->title));
      bind_id (story_stmt, 3, department->id);
      bind_text (story_stmt, 4, _(story->story));
      bind_text (story_stmt, 5, _(story->metric));
      sqlite3_bind_double (story_stmt, 6, vary_metric (fill, story->before));
      sqlite3_bind_double (story_stmt, 7, vary_metric (fill, story->after));
      bind_date (story_stmt, 8, day);
      bind_text (story_stmt, 9, fill->today - day > 20 && chance (fill, 80) ? "published" : "draft");
      if (!step_insert (fill, story_stmt, &story_id, error))
        return FALSE;

      for (guint k = 0; k < sizes->people_per_story; k++)
        {
          gint64 id;

          do
            id = fill->people[department->first_person + rand_index (fill, department->n_people)].id;
          while (contains_id (recognised, k, id));
          recognised[k] = id;
          bind_id (person_stmt, 1, story_id);
          bind_id (person_stmt, 2, id);
          /* Each project has someone who declined to be named, at least. */
          if (!declined[story->project] && k + 1 == sizes->people_per_story)
            {
              declined[story->project] = TRUE;
              sqlite3_bind_int (person_stmt, 3, 0);
            }
          else
            sqlite3_bind_int (person_stmt, 3, chance (fill, 85));
          if (!step_insert (fill, person_stmt, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_communications (DemoFill  *fill,
                      GError   **error)
{
  guint n = fill->sizes->communications;
  sqlite3_stmt *stmt = pas_workspace_prepare (fill->workspace,
                                              "INSERT INTO communication (project_id, planned_date, channel, audience, subject, title, sent, uuid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint t = i % G_N_ELEMENTS (demo_communications);
      guint repeat = i / G_N_ELEMENTS (demo_communications);
      /* The same message goes out again later, through other channels. */
      gint64 day = to_workday (fill->today + demo_communications[t].day + repeat * 9 + rand_between (fill, 0, 4), TRUE);
      const char *audience;

      if (chance (fill, 20))
        audience = _(demo_departments[rand_index (fill, fill->sizes->departments)].name);
      else
        audience = _(audiences[rand_index (fill, G_N_ELEMENTS (audiences))]);

      bind_id (stmt, 1, fill->project_ids[demo_communications[t].project]);
      bind_date (stmt, 2, day);
      bind_text (stmt, 3, _(channels[rand_index (fill, G_N_ELEMENTS (channels))]));
      bind_text (stmt, 4, audience);
      bind_text (stmt, 5, subjects[demo_communications[t].subject]);
      bind_text (stmt, 6, _(demo_communications[t].title));
      /* A few past ones were never sent: the plan shows them late. */
      sqlite3_bind_int (stmt, 7, day < fill->today && chance (fill, 90));
      if (!step_insert (fill, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_everything (DemoFill  *fill,
                  GError   **error)
{
  if (!(write_settings (fill, error) &&
        write_projects (fill, error) &&
        write_people (fill, error) &&
        write_skills (fill, error) &&
        write_workshops (fill, error) &&
        write_pilots (fill, error) &&
        write_feedback_indexed (fill, error) &&
        write_modules (fill, error) &&
        write_enrollments (fill, error) &&
        write_assessments (fill, error) &&
        write_readiness (fill, error) &&
        write_activities (fill, error) &&
        write_stories (fill, error) &&
        write_communications (fill, error)))
    return FALSE;

  for (guint k = 0; k < PAS_N_KINDS; k++)
    pas_workspace_emit_changed (fill->workspace, (PasKind) k, 0);
  return TRUE;
}

gboolean
pas_demo_size_from_string (const char  *text,
                           PasDemoSize *size)
{
  g_return_val_if_fail (size != NULL, FALSE);

  if (g_strcmp0 (text, "small") == 0)
    *size = PAS_DEMO_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *size = PAS_DEMO_LARGE;
  else
    return FALSE;
  return TRUE;
}

/**
 * pas_demo_fill:
 * @workspace: an empty workspace
 * @size: %PAS_DEMO_SMALL to explore, %PAS_DEMO_LARGE to measure
 *
 * Writes a believable organisation in the middle of a CRM roll-out,
 * in one transaction: all of it, or nothing. Texts follow the locale;
 * dates are around today.
 */
gboolean
pas_demo_fill (PasWorkspace  *workspace,
               PasDemoSize    size,
               GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *restore_cache = NULL;
  g_auto(DemoFill) fill = { 0 };
  sqlite3_stmt *stmt;
  int cache_size = 0;
  gboolean ok;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (size == PAS_DEMO_SMALL || size == PAS_DEMO_LARGE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pas_workspace_is_empty (workspace))
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   _("The workspace already holds data: the demo fills only an empty workspace."));
      return FALSE;
    }

  fill.workspace = workspace;
  fill.db = pas_workspace_get_db (workspace);
  fill.rand = g_rand_new_with_seed (DEMO_SEED);
  fill.sizes = &demo_sizes[size];
  fill.now = g_date_time_to_unix (now);
  fill.today = fill.now / DAY_SECONDS;
  fill.history_start = fill.today - HISTORY_DAYS;
  fill.text = g_string_sized_new (256);
  fill.entropy = g_rand_new ();
  fill.uuid_ms = g_get_real_time () / 1000;

  /* A larger page cache while the whole demo goes into one transaction. */
  if ((stmt = pas_workspace_prepare (workspace, "PRAGMA cache_size", NULL)) && sqlite3_step (stmt) == SQLITE_ROW)
    cache_size = sqlite3_column_int (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  restore_cache = g_strdup_printf ("PRAGMA cache_size = %d", cache_size ? cache_size : -2000);
  if (!pas_workspace_exec (workspace, "PRAGMA cache_size = -" G_STRINGIFY (FILL_CACHE_KIB), error))
    return FALSE;

  ok = pas_workspace_begin (workspace, error);
  if (ok)
    {
      ok = write_everything (&fill, error);
      if (ok)
        ok = pas_workspace_commit (workspace, error);
      else
        pas_workspace_rollback (workspace);
    }
  pas_workspace_exec (workspace, restore_cache, NULL);
  return ok;
}
