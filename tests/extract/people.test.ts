import { describe, expect, it } from "vitest";
import { findPeople } from "../../src/extract/people.ts";

function peopleOf(text: string) {
  return findPeople(text, [{ start: 0, end: text.length }]).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

describe("findPeople", () => {
  const table: [string, string, { name: string; role: string | null }[]][] = [
    [
      "role before the name",
      "Russian Foreign Minister Sergei Lavrov spoke.",
      [{ name: "Sergei Lavrov", role: "Russian Foreign Minister" }],
    ],
    [
      "lower-case role with an organisation",
      "Kremlin spokesperson Dmitry Peskov spoke.",
      [{ name: "Dmitry Peskov", role: "Kremlin spokesperson" }],
    ],
    [
      "hyphenated surname and a middle name that is also a word",
      "He met Iraqi Prime Minister Mohammad Shia Al-Sudani today.",
      [{ name: "Mohammad Shia Al-Sudani", role: "Iraqi Prime Minister" }],
    ],
    [
      "particle bin",
      "It hurt Mohammed bin Salman most.",
      [{ name: "Mohammed bin Salman", role: null }],
    ],
    [
      "particles von der",
      "Then Ursula von der Leyen left.",
      [{ name: "Ursula von der Leyen", role: null }],
    ],
    [
      "a surname opening with a lower-case particle and a hyphen",
      "Talks went on, said Yusra al-Haddad, a ministry spokeswoman.",
      [{ name: "Yusra al-Haddad", role: "a ministry spokeswoman" }],
    ],
    [
      "a surname that is also a place word, after a given name",
      "Nobody objected, Priya Hill said.",
      [{ name: "Priya Hill", role: null }],
    ],
    [
      "a place word after a given name, with nothing else to vouch for a person",
      "They walked through Stanley Park at dawn.",
      [],
    ],
    [
      "a place word after an honorific is a surname",
      "Nobody objected, Ms. Lake said.",
      [{ name: "Lake", role: null }],
    ],
    [
      "a title with `of` before the name",
      "Then Minister of Rural Affairs Nadia Okoro left.",
      [{ name: "Nadia Okoro", role: "Minister of Rural Affairs" }],
    ],
    [
      "an organisation that says what it is",
      "Tessera Relief, a Norwegian charity, agreed with Jo Roe.",
      [{ name: "Jo Roe", role: null }],
    ],
    [
      "a person who works for a kind of organisation",
      "Ana Ruiz, a charity worker, agreed.",
      [{ name: "Ana Ruiz", role: "a charity worker" }],
    ],
    [
      "a person who holds a post in an organisation named by its kind",
      "“We will appeal,” said Ana Ruiz, the group’s director.",
      [{ name: "Ana Ruiz", role: "the group’s director" }],
    ],
    [
      "appositive role",
      "Jane Doe, a Toronto nurse, agreed.",
      [{ name: "Jane Doe", role: "a Toronto nurse" }],
    ],
    [
      "appositive role after an age",
      "Kofi Boateng, 44, a welder, agreed.",
      [{ name: "Kofi Boateng", role: "a welder" }],
    ],
    [
      "appositive role ends before the clause that follows it",
      "“It was cold,” said Ines Oyelaran, a welder who works nights.",
      [{ name: "Ines Oyelaran", role: "a welder" }],
    ],
    [
      "appositive role without an article",
      "“It was cold,” said Ines Oyelaran, regional director of the Harbour Union.",
      [
        {
          name: "Ines Oyelaran",
          role: "regional director of the Harbour Union",
        },
      ],
    ],
    [
      "role given with the surname later",
      "Ines Oyelaran spoke first. “It was cold,” said Oyelaran, a nurse.",
      [{ name: "Ines Oyelaran", role: "a nurse" }],
    ],
    [
      "a place described after its name is no person",
      "The flight to Porto Alegre, a city in Brazil, was late.",
      [],
    ],
    [
      "no role when a verb stands before",
      "Moscow has hosted many, including Ismail Haniyeh.",
      [{ name: "Ismail Haniyeh", role: null }],
    ],
    [
      "places are not people",
      "The Middle East and New York and Las Vegas and the Gaza Strip.",
      [],
    ],
    [
      "organisations are not people",
      "BC Hydro and the Palestinian Authority and World Health Organization.",
      [],
    ],
    [
      "months and days are not people",
      "On Monday, January and March passed.",
      [],
    ],
    ["nationalities are not people", "Iraqi and Turkish officials met.", []],
    [
      "a lone surname is an alias, not a new person",
      "Dmitry Peskov spoke. Later Peskov said no.",
      [{ name: "Dmitry Peskov", role: null }],
    ],
    [
      "a lone word that speaks is a person",
      "Kim told reporters it was hard.",
      [{ name: "Kim", role: null }],
    ],
    [
      "a title vouches for a lone word",
      "Then Dr. Ward arrived.",
      [{ name: "Ward", role: null }],
    ],
    [
      "a suffix closes a name",
      "Then Robert P. Doyle Jr. arrived.",
      [{ name: "Robert P. Doyle Jr.", role: null }],
    ],
    [
      "a hyphenated title",
      "The union's Secretary-Treasurer Gary Pole arrived.",
      [{ name: "Gary Pole", role: "Secretary-Treasurer" }],
    ],
    [
      "a thing given a name is not a person",
      "The dairy board runs a program called Club Zing that encourages schools.",
      [],
    ],
    ["a contraction of I is not a person", "Well, I’d say it works.", []],
    [
      "a given name makes a nationality a surname",
      "Then Mark Cuban arrived, and the Cuban envoy left.",
      [{ name: "Mark Cuban", role: null }],
    ],
    [
      "a family name first that is also a place word",
      "President Park Geun-hye spoke near Central Park.",
      [{ name: "Park Geun-hye", role: "President" }],
    ],
    [
      "a name ending like an acronym in lower case",
      "Then Kim Jong Un spoke at the UN.",
      [{ name: "Kim Jong Un", role: null }],
    ],
    [
      "names from many cultures, with nothing but the name to go on",
      "Fans cheered for Anjali Deshpande, Tomasz Wróbel and Sione Tuilagi.",
      [
        { name: "Anjali Deshpande", role: null },
        { name: "Tomasz Wróbel", role: null },
        { name: "Sione Tuilagi", role: null },
      ],
    ],
    [
      "common given names in the object position",
      "The prize went to Chris Doyle, Pat Ruiz and Ngozi Chukwu.",
      [
        { name: "Chris Doyle", role: null },
        { name: "Pat Ruiz", role: null },
        { name: "Ngozi Chukwu", role: null },
      ],
    ],
    [
      "post-nominal letters end the name, and do not undo it",
      "Then Amal Haddad MP and Jo Roe PhD and Ian Ek KC spoke.",
      [
        { name: "Amal Haddad", role: null },
        { name: "Jo Roe", role: null },
        { name: "Ian Ek", role: null },
      ],
    ],
    [
      "indefinite pronouns are nobody's name, even when they speak",
      "Nobody asked us. Everyone said so, and Someone told them.",
      [],
    ],
    [
      "a known organisation and a city's team are not people",
      "Analysts at Goldman Sachs watched the Boston Celtics and the Halifax Stallions.",
      [],
    ],
    [
      "given names that are words too",
      "Then Bill Okoro, Frank Adeyemi and Rose Tanaka spoke.",
      [
        { name: "Bill Okoro", role: null },
        { name: "Frank Adeyemi", role: null },
        { name: "Rose Tanaka", role: null },
      ],
    ],
    [
      "a titled person after a kind of organisation",
      "The network President Ivo Marsh founded grew fast.",
      [{ name: "Ivo Marsh", role: "President" }],
    ],
    [
      "a role set before the name between commas",
      "A second prosecutor, Amira Saleh, said the case was clear.",
      [{ name: "Amira Saleh", role: "A second prosecutor" }],
    ],
    [
      "a role set after the name between commas",
      "Dr. Anika Lund, the study's lead author, said it held.",
      [{ name: "Anika Lund", role: "the study's lead author" }],
    ],
    [
      "a direction that is also a given name starts no person",
      "North American sales fell while West Indies cricket rose.",
      [],
    ],
    [
      "possessive does not glue names together",
      "Putin's Kremlin and Lavrov's team.",
      [],
    ],
    [
      "a given name that is also a calendar word",
      "The prize went to Jan Kowalski and Anh Thu Tran-Le this year.",
      [
        { name: "Jan Kowalski", role: null },
        { name: "Anh Thu Tran-Le", role: null },
      ],
    ],
    ["a date, not a name", "The vote on Jan. 5 Ruiz missed.", []],
  ];
  it.each(table)("%s", (_name, input, expected) => {
    expect(peopleOf(input)).toEqual(expected);
  });

  it("keeps aliases and counts mentions", () => {
    const text = "Sergei Lavrov spoke. Mr. Lavrov said more. Lavrov left.";
    const [lavrov] = findPeople(text, [{ start: 0, end: text.length }]).people;
    expect(lavrov?.aliases).toEqual(["Lavrov"]);
    expect(lavrov?.mentions).toHaveLength(3);
  });

  it("does not merge two people who share a surname", () => {
    const text = "Mary Nicholson and Trevor Nicholson spoke.";
    expect(peopleOf(text).map((p) => p.name)).toEqual([
      "Mary Nicholson",
      "Trevor Nicholson",
    ]);
  });
});
