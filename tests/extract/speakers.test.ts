import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

/** Speakers and methods of the quotes in an invented article body. */
function attributed(body: string) {
  return extractArticle(`Title\n\n${body}`).quotes.map((q) => [
    q.speaker,
    q.method,
  ]);
}

describe("attributeSpeakers", () => {
  const table: [string, string, [string | null, string][]][] = [
    ["X said after", "“We are ready,” Jo Roe said.", [["Jo Roe", "named"]]],
    ["said X after", "“We are ready,” said Jo Roe.", [["Jo Roe", "named"]]],
    [
      "X said: before",
      "Jo Roe said: “We are ready to go.”",
      [["Jo Roe", "named"]],
    ],
    [
      "X said he thinks “…”",
      "Jo Roe said he thinks “that we are ready to go.”",
      [["Jo Roe", "named"]],
    ],
    [
      "told reporters",
      "“We are ready,” Jo Roe told reporters on Monday.",
      [["Jo Roe", "named"]],
    ],
    [
      "according to",
      "“We are ready,” according to Jo Roe.",
      [["Jo Roe", "named"]],
    ],
    [
      "in a statement",
      "Jo Roe said in a statement: “We are ready to go.”",
      [["Jo Roe", "named"]],
    ],
    [
      "wrote on Twitter",
      "“We are ready to go now” Jo Roe wrote on Twitter.",
      [["Jo Roe", "named"]],
    ],
    [
      "appositive between subject and verb",
      "“We are ready,” Jo Roe, a spokesperson for BC Hydro, said.",
      [["Jo Roe", "named"]],
    ],
    [
      "in her words",
      "Rosa Lind runs the clinic. In her words, the cut was “a disaster.”",
      [["Rosa Lind", "pronoun"]],
    ],
    [
      "in the words of",
      "In the words of Mayor Tom Ek, the plan is “dead on arrival.”",
      [["Tom Ek", "named"]],
    ],
    [
      "a description by an everyday noun for a person",
      "Tomas Berg owns the bakery.\n\n“It is a good day,” says the affable proprietor.",
      [["Tomas Berg", "description"]],
    ],
    [
      "said, then a title with `of` and the name",
      "“We are ready,” said Secretary of Transport Jo Roe.",
      [["Jo Roe", "named"]],
    ],
    [
      "an organisation named by one word, with what it is after it",
      "“We will fight this,” said Tessera, the union for nurses.",
      [["Tessera", "organisation"]],
    ],
    [
      "a later clause joined by while takes the quote",
      "Ana Ruiz argued that the fund was empty, while Ray Santos said that the “money is there.”",
      [["Ray Santos", "named"]],
    ],
    [
      "while opening the sentence subordinates its clause",
      "While Ana Ruiz said the fund was empty, Ray Santos called it “full.”",
      [["Ray Santos", "named"]],
    ],
    [
      "a person whose post is in an organisation of that kind",
      "“We will appeal,” said Ana Ruiz, the union’s president.",
      [["Ana Ruiz", "named"]],
    ],
    [
      "two titles joined by a hyphen",
      "“We held the line,” said Lt.-Col. Ana Ruiz.",
      [["Ana Ruiz", "named"]],
    ],
    [
      "a description with `of` after its noun",
      "Dana Kim lost her home.\n\n“It hurts,” the mother of three said.",
      [["Dana Kim", "description"]],
    ],
    [
      "surname alias",
      "Jo Roe runs the dam.\n\n“We are ready,” Roe said.",
      [["Jo Roe", "alias"]],
    ],
    [
      "title plus surname",
      "Sergei Lavrov spoke.\n\n“We are ready,” Mr. Lavrov said.",
      [["Sergei Lavrov", "alias"]],
    ],
    [
      "pronoun after the person is named",
      "Sergei Lavrov spoke at length.\n\n“We are ready,” he added.",
      [["Sergei Lavrov", "pronoun"]],
    ],
    [
      "role noun for someone named",
      "Russian Foreign Minister Sergei Lavrov spoke.\n\n“We are ready,” the minister said.",
      [["Sergei Lavrov", "role"]],
    ],
    [
      "organisation with the",
      "“We are ready,” the Kremlin said.",
      [["Kremlin", "organisation"]],
    ],
    [
      "organisation by name",
      "“Crews are out now,” BC Hydro said.",
      [["BC Hydro", "organisation"]],
    ],
    [
      "anonymous spokesperson gives null",
      "“We are ready,” a spokesperson said.",
      [[null, "none"]],
    ],
    [
      "one official gives null",
      "“We are ready,” one official said.",
      [[null, "none"]],
    ],
    [
      "no cue, no one before: null",
      "“We are ready for this.”",
      [[null, "none"]],
    ],
    [
      "split quote: both halves to the speaker",
      "“A is here,” Jo Roe said, “and B is too.”",
      [
        ["Jo Roe", "named"],
        ["Jo Roe", "named"],
      ],
    ],
    [
      "multi-paragraph quote continues the speaker",
      "Jo Roe said: “First part of it.\n\n“Second part of it.”",
      [
        ["Jo Roe", "named"],
        ["Jo Roe", "continuing"],
      ],
    ],
    [
      "a run with no cue continues the last speaker",
      "“First thing here,” Jo Roe said.\n\n“Second thing there.”",
      [
        ["Jo Roe", "named"],
        ["Jo Roe", "continuing"],
      ],
    ],
    [
      "partial fragment in indirect speech",
      "The Kremlin bemoaned the “catastrophic rise in deaths among civilians.”",
      [["Kremlin", "organisation"]],
    ],
    [
      "two people sharing a surname are kept apart",
      "Mary Nicholson spoke first. Trevor Nicholson spoke next.\n\n“It hurts,” Mary Nicholson said.\n\n“It heals,” Trevor Nicholson said.",
      [
        ["Mary Nicholson", "named"],
        ["Trevor Nicholson", "named"],
      ],
    ],
    [
      "said, a description, then the name",
      "“The vote was unanimous,” said the panel chair, Marguerite Osei.",
      [["Marguerite Osei", "named"]],
    ],
    [
      "said, a description with a comma and a name, then more",
      "“We were surprised,” said the jury chair, Ines Farrow, after the verdict.",
      [["Ines Farrow", "named"]],
    ],
    [
      "said, a lower-case role, then the name",
      "“We start on Monday,” said head coach Elena Vasquez.",
      [["Elena Vasquez", "named"]],
    ],
    [
      "said, a role, a courtesy title, then the name",
      "“The effect was larger than we expected,” said lead author Dr. Tomas Lindqvist.",
      [["Tomas Lindqvist", "named"]],
    ],
    [
      "an organisation named after its kind",
      "“We have no access,” the Dutch relief group Horizon said.",
      [["Horizon", "organisation"]],
    ],
    [
      "a group opening the sentence is nobody's name",
      "“This is a disaster for the city,” Critics said.",
      [[null, "none"]],
    ],
    [
      "a description points back to the one person named",
      "Kofi Mensah scored twice in the third period.\n\n“It felt good to help the team,” the rookie defenceman said.",
      [["Kofi Mensah", "description"]],
    ],
    [
      "an age points back to the one person named",
      "Lena Okafor, 34, opened the bakery in March.\n\n“I never expected the lines,” the 34-year-old said.",
      [["Lena Okafor", "description"]],
    ],
    [
      "a description is nobody when two people are named",
      "Kofi Mensah passed to Ivan Petrov.\n\n“It felt good,” the rookie defenceman said.",
      [[null, "none"]],
    ],
    [
      "letters after a name are not part of it, so the surname finds the person",
      "Jonathan Greaves KC led the defence.\n\n“The evidence is thin,” Greaves said.\n\n“We will appeal,” said Jonathan Greaves KC.",
      [
        ["Jonathan Greaves", "alias"],
        ["Jonathan Greaves", "named"],
      ],
    ],
    [
      "a surname that is also a modal verb or a month",
      "Prime Minister Theresa May spoke.\n\n“We will leave,” Ms. May said.",
      [["Theresa May", "alias"]],
    ],
    [
      "a quote over paragraphs named only at its end, after someone else opened a paragraph",
      "Rahul Mehta, the mayor, spoke first.\n\n“The plan failed residents from the start.\n\n“It needs a new budget,” Odette Brun said.",
      [
        ["Odette Brun", "continuing"],
        ["Odette Brun", "named"],
      ],
    ],
    [
      "a team with the is an organisation, not a person",
      "“We played a full game tonight,” the Hawks said in a statement.",
      [["Hawks", "organisation"]],
    ],
  ];
  it.each(table)("%s", (_name, input, expected) => {
    expect(attributed(input)).toEqual(expected);
  });

  it.each([
    [
      "a full name beside the quote",
      "“We are ready,” Jo Roe said.",
      "high",
      null,
    ],
    [
      "a pronoun with another person of that gender just before",
      "Ana Ruiz met Eva Lind at the port.\n\n“We are ready,” she said.",
      "low",
      "Eva Lind is named just before too",
    ],
    [
      "a pronoun for the one person named",
      "Ana Ruiz toured the port.\n\n“We are ready,” she said.",
      "high",
      null,
    ],
    [
      "a description",
      "Kofi Mensah scored twice.\n\n“It felt good,” the rookie defenceman said.",
      "low",
      "only a description points to them",
    ],
    [
      "a lone word with no full name in the text",
      "“We are ready,” Roe said.",
      "low",
      "the text gives no full name for them",
    ],
    [
      "a surname two people share, the nearer one meant",
      "Jo Roe and Al Roe run the dam.\n\n“We are ready,” Roe said.",
      "high",
      null,
    ],
    [
      "a quote continuing an uncertain one keeps the doubt",
      "Ana Ruiz met Eva Lind.\n\n“We are ready,” she said. “We leave at dawn.”",
      "low",
      "Eva Lind is named just before too",
    ],
  ])("confidence: %s", (_name, body, confidence, doubt) => {
    const quotes = extractArticle(`Title\n\n${body}`).quotes;
    const last = quotes[quotes.length - 1]!;
    expect(last.speaker).not.toBeNull();
    expect([last.confidence, last.doubt]).toEqual([confidence, doubt]);
  });

  it("gives no speaker low confidence and no doubt", () => {
    const [q] = extractArticle(
      "T\n\n“We are ready,” a spokesperson said.",
    ).quotes;
    expect([q?.speaker, q?.confidence, q?.doubt]).toEqual([null, "low", null]);
  });

  it("links a continued quote to the first of its run", () => {
    const a = extractArticle("T\n\nJo Roe said: “One.\n\n“Two.\n\n“Three.”");
    expect(a.quotes.map((q) => q.continues)).toEqual([null, "q-1", "q-1"]);
  });

  it.each([
    ["a scare quote nobody says", "At times they were a “normal” couple."],
    ["the title of a work", "They went to see “The Match” in Las Vegas."],
    [
      "a nickname",
      "He dispatched the oafish “Bird Man” at the trophy presentation.",
    ],
  ])("drops %s", (_name, body) => {
    expect(extractArticle(`Title\n\n${body}`).quotes).toEqual([]);
  });

  it.each([
    [
      "a colon after the speaker's clause",
      "Mary Roe leaned in and boomed: “Let’s win this.”",
      "Mary Roe",
    ],
    [
      "a fragment in a sentence about its speaker",
      "Mary Roe blamed the law on “knuckleheaded politicians.”",
      "Mary Roe",
    ],
    [
      "a party tag before the verb",
      "“It is a dog whistle,” Rep. Jo Roe (D-Wis.) said Friday.",
      "Jo Roe",
    ],
    [
      "a role and name between commas",
      "The director of the agency, Jo Roe, says “the system works as designed.”",
      "Jo Roe",
    ],
    [
      "a spokesman before the name",
      "Trump campaign spokesman Jason Miller said: “We are winning.”",
      "Jason Miller",
    ],
    [
      "a possessive in the appositive",
      "“We raised it,” Jeff Weaver, Sanders’ campaign manager, said.",
      "Jeff Weaver",
    ],
  ])("attributes %s", (_name, body, speaker) => {
    expect(
      extractArticle(`Title\n\n${body}`).quotes.map((q) => q.speaker),
    ).toEqual([speaker]);
  });

  it("gives a shared surname to the person named first, not the relative named in passing", () => {
    const a = extractArticle(
      "T\n\nCookbook author Dorie Greenspan was at home.\n\n“I cook simple food,” says Greenspan, with her husband Michael Greenspan.\n\nShe was a pastry apprentice once.\n\n“I got fired,” says Greenspan.",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual([
      "Dorie Greenspan",
      "Dorie Greenspan",
    ]);
  });

  it("does not take someone after a preposition as the pronoun's referent", () => {
    const a = extractArticle(
      "T\n\nPaul Fine worked the trains for years.\n\nThey played a role in “taking the country off a bad path,” Mark Roe writes. Porters like Fine knew they had to fight “both pillars of the social system,” he writes.",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Mark Roe", "Mark Roe"]);
  });

  it("gives a fragment in a sentence opening with she to her", () => {
    const a = extractArticle(
      "T\n\nAnn Lee said she was glad the allies had stood with the country.\n\nShe listed the countries — Chad, Peru and Fiji — for “publicly coming out against these detentions. And that is very important.”\n\nShe visited the new “museum” on Monday.",
    );
    expect(a.quotes.map((q) => [q.text.slice(0, 8), q.speaker])).toEqual([
      ["publicly", "Ann Lee"],
    ]);
  });

  it("takes the topic of As for as the pronoun's referent", () => {
    const a = extractArticle(
      "T\n\nMark Roe and Paul Fine spoke.\n\n“That would be a disaster,” Roe said.\n\nAs for Fine, he said he is not worried. “I am going to have the delegates,” he said.",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Mark Roe", "Paul Fine"]);
  });

  it("does not take a possessive as the pronoun's referent", () => {
    const a = extractArticle(
      "T\n\nMary Roe wrote the book. It sits beside Julia Child’s kitchen.\n\n“I love this work,” she says.",
    );
    expect(a.quotes[0]?.speaker).toBe("Mary Roe");
  });

  it.each([
    [
      "a dash signing the quote",
      "“We can build a wall around it.” ― Steve Quinlan",
      "Steve Quinlan",
    ],
    [
      "a paragraph ending in a colon",
      "Mary Roe released the following statement:\n\n“We are saddened by the loss of a friend.”",
      "Mary Roe",
    ],
    [
      "a possessive before claim",
      "Politifact checked Mary Roe’s claim that there were “thousands of shootings” in the city.",
      "Mary Roe",
    ],
    [
      "a courtesy title before a role word",
      "Charlie King leads the group.\n\n“It is all about enthusiasm,” Mr. King added.",
      "Charlie King",
    ],
    [
      "a party tag between commas",
      "“There has been a lot of talk,” Senate Majority Leader Mitch McConnell, R-Ky., said.",
      "Mitch McConnell",
    ],
    [
      "a participle whose sentence opens with an introductory phrase",
      "Jo Roe and Ann Lee met.\n\nLike Roe, Lee also rejected the plan, arguing that there is “room for change in the rules.”",
      "Ann Lee",
    ],
    [
      "a colon clause after an introductory phrase naming someone else",
      "With leaders worried about Jo Roe among voters, Ann Lee is rolling out a message: “It is about me.”",
      "Ann Lee",
    ],
    [
      "an outlet's acronym before a role and a name",
      "“He did all the things right,” said CBC host Lou Vance.",
      "Lou Vance",
    ],
    [
      "a news agency after the quote",
      "The lead is “roughly the same advantage as last month,” reported Reuters.",
      "Reuters",
    ],
    [
      "two appositives between the subject and the verb",
      "“It is an invasion of the state’s domain,” Lou Vance, the attorney general of Utah, one of the states suing the agency, said on Monday.",
      "Lou Vance",
    ],
    [
      "an aside and a place between the subject and the verb",
      "Mary Roe spoke first.\n\nRoe, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of mines out of business.”",
      "Mary Roe",
    ],
    [
      "a speech verb in a clause opened by how",
      "The attack sparked a debate over how the country responds to violence, with Senator Mark Roe telling reporters on Thursday he viewed the mayor as “directly responsible” for it.",
      "Mark Roe",
    ],
    [
      "a person before a long affiliation",
      "“Building such a weapon would be a stretch for them,” Mark Roe of the Lakeside Centre for Nonproliferation Studies wrote in December.",
      "Mark Roe",
    ],
    [
      "a generic noun naming an organisation mentioned earlier by name",
      "The Parole Board of Canada approved the release. Officials were upset, said the Lakeside Police Service.\n\nThe parole board said these steps “would not have been enough” on their own.",
      "Parole Board of Canada",
    ],
    [
      "an organisation whose name runs on past of",
      "“We are ready,” the Ministry of Health said.",
      "Ministry of Health",
    ],
    [
      "said and a name after a long aside naming someone else",
      "Mary Roe ran.\n\nThat would create a “summer of agony” for Roe leading up to the vote, forcing her to fight on, said Lou Vance, a pollster.",
      "Lou Vance",
    ],
    [
      "told and its object after an aside",
      "“This party is not divided,” Mark Roe, a close adviser, told CBC.",
      "Mark Roe",
    ],
    [
      "a speech verb in an introductory clause",
      "Kathleen Vance and Mark Roe spoke.\n\nWhile not everything Roe says is true, Vance said he is “telling his supporters what they want to believe.”",
      "Kathleen Vance",
    ],
    [
      "a document and its author after according to",
      "“The evidence cannot prove all the required elements,” according to a court document filed by state attorney Lou Vance.",
      "Lou Vance",
    ],
    [
      "an organisation named with a possessive",
      "The two leaders “discussed the detention of citizens and the rule of law,” said a statement released by the Prime Minister’s Office.",
      "Prime Minister’s Office",
    ],
    [
      "his office after the office was named",
      "The premier met the envoy, said the Premier’s Office.\n\nThe premier and the envoy “discussed the detention of two people in that country,” said his office.",
      "Premier’s Office",
    ],
    [
      "a sentence opening with According to",
      "Lou Vance hosts a radio show.\n\nAccording to Vance, “the move reeks of fear.”",
      "Lou Vance",
    ],
    [
      "a name with a suffix and a party tag after said",
      "“We have to be careful,” said Sen. Robert P. Doyle Jr. (D-Pa.), a party elder.",
      "Robert P. Doyle Jr.",
    ],
    [
      "a hyphenated title after an organisation",
      "“We had a big issue,” said Union Workers Secretary-Treasurer Gary Pole.",
      "Gary Pole",
    ],
  ])("attributes via %s", (_name, body, speaker) => {
    const quotes = extractArticle(`Title\n\n${body}`).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    [
      "a cue after the quote that opens a new clause with and",
      "Jo Roe accuses the mayor of “leading from behind” and Ann Lee says he is “losing the war on waste.”",
      ["Jo Roe", "Ann Lee"],
    ],
    [
      "a cue after an aside and a conjunction",
      "Jo Roe said he would make the river “glow in the dark,” for instance, and Ann Lee vowed to “fix the hell” out of it.",
      ["Jo Roe", "Ann Lee"],
    ],
    [
      "a second fragment in the same sentence with no speech verb",
      "Ann Lee and Jo Roe met.\n\nAnn Lee says her “friend and colleague” Jo Roe ran “an optimistic campaign about the future.”",
      ["Ann Lee", "Ann Lee"],
    ],
    [
      "a later clause joined by and with its own speech verb",
      "The captain of the team, Mark Roe, and his mother approached Ann Lee and asked her about her health and Lee suggested she might make a “selfie video” that was “not too sad.”",
      ["Ann Lee", "Ann Lee"],
    ],
  ])("gives each clause its quote: %s", (_name, body, speakers) => {
    const quotes = extractArticle(`Title\n\n${body}`).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(speakers);
  });

  it("reads a speech word after a party adjective as a noun", () => {
    const a = extractArticle(
      "T\n\nMary Roe checks facts.\n\nRoe rated most Republican claims as “mostly false or worse than that.”",
    );
    expect(a.quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ["Mary Roe", "rated"],
    ]);
  });

  it("names a lede's description by the person introduced next, but not an anonymous one", () => {
    const named = extractArticle(
      "T\n\nA Lakeside hockey coach says he’s “amazed and overwhelmed” by the response to a video.\n\nMark Roe said the video is the nicest thing anyone has done for him.",
    );
    expect(named.quotes.map((q) => [q.speaker, q.method])).toEqual([
      ["Mark Roe", "role"],
    ]);
    const anonymous = extractArticle(
      "T\n\nA spokesperson says the team is “amazed and overwhelmed” by the response.\n\nMark Roe said the video is the nicest thing anyone has done for him.",
    );
    expect(anonymous.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it("gives a lone quote paragraph to the person opening the sentence before", () => {
    const a = extractArticle(
      "T\n\nMark Roe coaches the team.\n\nAt 25 years old, Roe was diagnosed with a bowel disease.\n\n“My condition is getting worse but I don’t feel too bad.”",
    );
    expect(a.quotes.map((q) => [q.speaker, q.method])).toEqual([
      ["Mark Roe", "continuing"],
    ]);
  });

  it("ends a run of quotes at a sentence of the writer's own", () => {
    const a = extractArticle(
      "T\n\nMark Roe and Paul Fine ran.\n\n“This is the moment they told us would never happen,” Roe said. “They told me we had no chance.” His manager, Paul Fine, struck a similar tune. “This is a big night,” Fine said.",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual([
      "Mark Roe",
      "Mark Roe",
      "Paul Fine",
    ]);
  });

  it("does not take the subject before according to as the source", () => {
    const a = extractArticle(
      "T\n\nThe body of the story starts here with a sentence.\n\nMary Roe was the winner of the debate, according to the analysis.\n\n“She did all the things right.”",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it("gives both fragments of a participle sentence to its subject", () => {
    const a = extractArticle(
      "T\n\nMary Roe delivered a defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Mary Roe", "Mary Roe"]);
  });
});

describe("a quote no cue attributes", () => {
  it.each([
    [
      "a fragment before its subject",
      "After weeks of calling the plan “reckless,” Tomasz Wierzbicki on Monday voted for it.",
      "Tomasz Wierzbicki",
    ],
    [
      "a full quote, its source named in the next words",
      "The flood season began early.\n\n“We will rebuild every bridge.” That promise from Amara Okonkwo-Bello was printed on every poster.",
      "Amara Okonkwo-Bello",
    ],
  ])(
    "takes the person named nearest in its sentence, as uncertain: %s",
    (_n, body, speaker) => {
      const q = extractArticle(`Title\n\n${body}`).quotes.at(-1);
      expect([q?.speaker, q?.method, q?.confidence]).toEqual([
        speaker,
        "nearest",
        "low",
      ]);
    },
  );

  it("does not carry a guess into the next paragraph", () => {
    const quotes = extractArticle(
      "Title\n\nAfter weeks of calling the plan “reckless,” Lena Sato on Monday voted for it.\n\n“We will rebuild every pier.” That promise from Tomasz Wierzbicki was printed on every poster.",
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.method])).toEqual([
      ["Lena Sato", "nearest"],
      ["Tomasz Wierzbicki", "nearest"],
    ]);
  });

  it.each([
    [
      "nobody named in its sentence",
      "Mateo Quispe spoke first. The crowd kept chanting “not in our name” until dusk.",
    ],
    [
      "only an owner named in its sentence",
      "The board met Mateo Quispe’s niece, who had promised the valley would “never flood again,” on Friday.",
    ],
  ])("keeps no speaker with %s", (_n, body) => {
    const q = extractArticle(`Title\n\n${body}`).quotes.at(-1);
    expect([q?.speaker, q?.method]).toEqual([null, "none"]);
  });
});
