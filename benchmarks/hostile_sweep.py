"""A wider sweep of pathological articles than benchmarks/hostile.py: CPU time at several sizes.

    .venv/bin/python benchmarks/hostile_sweep.py 1000000,2000000 [SHAPE ...]
    .venv/bin/python benchmarks/hostile_sweep.py --day 300    (300 sources of one day)

Each shape (below: one unit repeated to the size) runs in a fresh process: load, extraction,
pages, export. Printed per size: CPU seconds, the ratio to the size before (linear: the size
ratio), claims, events, output kilobytes, peak memory. A case that takes over 300 s is TIMEOUT.
No assertion: numbers (docs/benchmarks.md, "Hostile articles").
"""
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile  # noqa: E402  (the article builder)

SHAPES = {
 "quotes": lambda i: f'"we will meet on {1 + i % 28} May," Peskov said, ',
 "names": lambda i: ["Putin, ", "Zelensky, ", "Peskov, ", "Trump and "][i % 4],
 "said-chain": lambda i: ["Putin said ", "Zelensky told ", "he said ", "officials said "][i % 4],
 "unknown-names": lambda i: f"President Ivan{i%97} Petrov{i%89}, ",
 "open-quotes": lambda i: '“talks ',
 "close-quotes": lambda i: 'talks” ',
 "parens": lambda i: '(talks ',
 "brackets": lambda i: '[talks](',
 "nested-list": lambda i: "  " * (i % 200) + "- Putin met on Monday\n",
 "nested-quote": lambda i: ">" * (i % 300) + " Putin met on Monday\n",
 "html": lambda i: "<div><span>Putin on Monday ",
 "backticks": lambda i: "`a ",
 "stars": lambda i: "*Putin* **met** _on_ ",
 "headings": lambda i: "# Putin on Monday\n",
 "dots": lambda i: "U.S. ",
 "abbrev": lambda i: "Mr. Putin met Gen. Zelensky on Monday and ",
 "numbers": lambda i: f"{i} ",
 "hyphen-dates": lambda i: "2025-",
 "slash-dates": lambda i: f"{1+i%12}/{1+i%28}/2025 ",
 "times": lambda i: f"at {i%24}:{i%60:02d} ",
 "ordinals": lambda i: f"{1+i%28}th ",
 "months": lambda i: "May ",
 "rel": lambda i: "two days after the week before last ",
 "since": lambda i: "since 2014 ",
 "ranges": lambda i: f"{1+i%27}-{2+i%27} May ",
 "rtl": lambda i: "\u202ePutin\u202c on Monday ",
 "combining": lambda i: "e\u0301" * 3 + " ",
 "emoji": lambda i: "👩‍👩‍👧 ",
 "one-line-sentences": lambda i: f"Putin spoke on {1+i%28} May.\n",
 "wrapped-paragraph": lambda i: "Putin met Zelensky on Monday and they\n",
 "no-spaces": lambda i: "Putin",
 "commas": lambda i: ", ",
 "ands": lambda i: "and ",
 "according": lambda i: "according to Peskov, ",
 "caption": lambda i: "[Putin/Reuters] ",
 "dateline": lambda i: "MOSCOW (AP) -- ",
 "url": lambda i: "https://example.com/a/b?c=d ",
 "table": lambda i: f"| {1+i%28} May 2025 | Putin | met |\n",
 "footnotes": lambda i: f"[^{i}] ",
 "he-said": lambda i: "He said. ",
 "minister": lambda i: f"Foreign Minister Sergei Lav{i%500}rov met Ivan Pet{i%300}rov on Monday. The foreign minister said so. ",
 "minister-said": lambda i: f"Minister Ivan Pet{i}rov said. The minister said. ",
 "quote-paras": lambda i: f'“We will meet on {1+i%28} May,” he said.\n\n“No,” she said.\n\n',
 "open-quote-paras": lambda i: '“We will meet on Monday.\n\n',
 "curation-ish": lambda i: f"Putin and Zelensky met in Moscow on {1+i%28} May {2000+i%25}. ",
 "distinct-words": lambda i: f"Putin word{i} met on Monday. ",
 "distinct-names": lambda i: f"Ivan Petrov{i} met on {1+i%28} May {2000+i%25}. ",
 "speech-sentences": lambda i: f"Putin said on {1+i%28} May {2000+i%25} that talks would go on. ",
 # a second sweep, by another hand (docs/benchmarks.md, "Hostile articles"): shapes none of
 # the above is
 "long-word": lambda i: "Putin" if i == 0 else "x",
 "hyphen-word": lambda i: "anti-",
 "long-url": lambda i: "https://example.com/" if i == 0 else "a/",
 "said-said": lambda i: "said ",
 "names-said": lambda i: ["Putin, ", "Zelensky, ", "Peskov and ", "Lavrov said on Monday, "][i % 4],
 "nested-quotes-mixed": lambda i: ["“Putin said ", "‘Zelensky told ", "«Peskov said ", '"he said '][i % 4],
 "closing-quotes-mixed": lambda i: ["on Monday” ", "’ ", "» ", '" '][i % 4],
 "quote-speech-lines": lambda i: f"“We met on {1 + i % 28} May {1990 + i // 28 % 30},” said Ivan{i}.\n\n",
 "table-one-row": lambda i: f"| {1 + i % 28} May ",
 "table-header": lambda i: "|---" if i % 2 else "| Putin ",
 "html-table": lambda i: f"<tr><td>{1 + i % 28} May 2025</td><td>Putin met</td></tr>\n",
 "html-comment-open": lambda i: "<!-- Putin met on Monday " if i == 0 else "and on Monday ",
 "script-open": lambda i: "<script>" if i == 0 else "Putin met on Monday ",
 "code-fence-open": lambda i: "\n```\n" if i == 0 else "Putin met on 3 May 2025.\n",
 "setext-headings": lambda i: f"Putin spoke on {1 + i % 28} May\n===\n\n",
 "zalgo": lambda i: "P" + "\u0301" * 200 + "utin met on Monday. ",
 "zero-width": lambda i: "P\u200bu\u200bt\u200bi\u200bn\u200b met on Monday\u200b ",
 "arabic-digits": lambda i: "في ٣ مايو ٢٠٢٥ ",
 "fullwidth-dates": lambda i: f"２０２５年{1 + i % 12}月{1 + i % 28}日 ",
 "ellipses": lambda i: "… ",
 "exclaims": lambda i: "Putin met on Monday?! ",
 "parens-nested": lambda i: "(Putin met on Monday ",
 "big-numbers": lambda i: "1,000,",
 "decimals": lambda i: "3.",
 "weekday-dates": lambda i: f"on Monday {1 + i % 28} May, ",
 "relative-chain": lambda i: "the day before ",
 "year-ranges": lambda i: f"{1900 + i % 100}-{1901 + i % 100}, ",
 "iso-times": lambda i: f"2025-05-{1 + i % 28:02d}T{i % 24:02d}:00:00Z ",
 # (a tenth sweep) ISO stamps with fractions and zones, and near-misses of them
 "iso-stamps-odd": lambda i: [f"2025-05-{1 + i % 28:02d}T23:59:60.123456789+14:00 ",
                              "2025-05-00T25:99:99,1-12:00 ", "2025-13-01T10:00Z ",
                              "2025-05-03T10:00:00.", "2025-05-03T"][i % 5],
 "dated-speakers": lambda i: f"Ivan Petrov{i} said on {1 + i % 28} May {1990 + i // 28 % 30}: talks. ",
 "titles-many": lambda i: f"Minister{i % 50} Ivan Petrov{i} met on Monday. The minister{i % 50} said so. ",
 "footnote-defs": lambda i: f"[^{i}]: Putin met on {1 + i % 28} May.\n",
 "link-defs": lambda i: f"[{i}]: https://example.com/{i}\n",
 "images": lambda i: f"![Putin met on {1 + i % 28} May](x.png) ",
 "blockquote-lines": lambda i: f"> Putin met on {1 + i % 28} May {1990 + i // 28 % 30}.\n",
 "list-items": lambda i: f"- Putin met on {1 + i % 28} May {1990 + i // 28 % 30}\n",
 "caps": lambda i: "PUTIN MET ZELENSKY ON MONDAY ",
 # a third sweep (docs/benchmarks.md, "A third sweep"): Markdown nested past any real page,
 # what MkDocs and Material would read as their own syntax, markup never closed
 "list-deep-1000": lambda i: "  " * (i % 1000) + f"- Putin met on {1 + i % 28} May 2025\n",
 "quote-deep-line": lambda i: ">" * 1000 + f" Putin met on {1 + i % 28} May 2025.\n",
 "list-markers-line": lambda i: "- " if i else "Putin met on 3 May 2025 ",
 "table-rows": lambda i: f"| {1 + i % 28} May {1990 + i // 28 % 30} | Putin met {i} |\n",
 "giant-link": lambda i: "Putin met on 3 May 2025 [here](https://example.com/" if i == 0 else "a",
 "raw-html-blocks": lambda i: ("<script>alert(1)</script><style>p{}</style><iframe src=x>"
                               f"</iframe> Putin met on {1 + i % 28} May 2025. "),
 "jinja": lambda i: "{% raw %}{{ config }}{% endraw %} {{ 7*7 }} Putin met on Monday. ",
 "snippets": lambda i: f'--8<-- "x{i}.md"\n\nPutin met on {1 + i % 28} May 2025.\n\n',
 "admonitions": lambda i: f'!!! note "Putin met on {1 + i % 28} May 2025"\n    text\n\n',
 "attr-lists": lambda i: f'Putin met on {1 + i % 28} May 2025. {{: onclick="alert(1)" }}\n\n',
 "emphasis-run": lambda i: "Putin met on 3 May 2025 " if i == 0 else "*",
 "open-brackets": lambda i: "Putin met on 3 May 2025 " if i == 0 else "[",
 "char-references": lambda i: "&#x3C;script&#x3E; &amp; &#0; ",
 "bom-mid": lambda i: "\ufeffPutin met on Monday. ",
 # (found by the third sweep after a merge: an inline strong or code span never closed)
 "strong-open": lambda i: "Putin met on 3 May 2025 " if i == 0 else "**x ",
 "backtick-run": lambda i: "Putin met on 3 May 2025 " if i == 0 else "`",
 # a fourth sweep (docs/benchmarks.md, "A fourth sweep"): every name of the registry, line
 # ends and spaces of other systems, digits of other blocks, one happening told 500 times,
 # sentences just under the speaker's bound, undated recalls, clauses and asides
 "registry-names": lambda i: f"{NAMES[i % len(NAMES)]}, " if i % 40 else f"on {1 + i // 40 % 28} May 2025 ",
 "registry-sentences": lambda i: (f"{NAMES[i % len(NAMES)]} met {NAMES[(7 * i + 3) % len(NAMES)]}"
                                  f" on {1 + i % 28} May {1990 + i // 28 % 30}. "),
 "crlf-dated-lines": lambda i: f"Putin met on {1 + i % 28} May {1990 + i // 28 % 30}.\r\n\r\n",
 "nbsp-dates": lambda i: f"{1 + i % 28}\u00a0May\u00a02025, ",
 "math-digits": lambda i: "on \U0001d7d1 May \U0001d7d0\U0001d7ce\U0001d7d0\U0001d7d3 ",
 "possessives": lambda i: "Putin's aide's envoy's ",
 "url-path-dates": lambda i: f"https://example.com/2025/05/{1 + i % 28:02d}/story ",
 "semicolon-clauses": lambda i: f"Putin met on {1 + i % 28} May {1990 + i // 28 % 30}; ",
 "same-happening": lambda i: "Putin met Zelensky in Moscow on 3 May 2025, the Kremlin said. ",
 "em-dash-asides": lambda i: f"— on {1 + i % 28} May — ",
 "undated-recalls": lambda i: f"Putin had earlier invited Zelensky to Moscow{i}, Peskov recalled. ",
 "hyphen-breaks": lambda i: "Pu-\ntin met on Mon-\nday ",
 "time-zones": lambda i: f"at {i % 24}:00 GMT+{i % 12} ",
 "ordinal-words": lambda i: "on the first of May, ",
 "number-words": lambda i: "twenty-five thousand three hundred and ",
 "long-dated-sentences": lambda i: (f"Putin met Zelensky on {1 + i % 28} May {1990 + i // 28 % 30} "
                                    + "and talked about the talks " * 70 + ", Peskov said. "),
 "cyrillic": lambda i: f"Путин встретился с Зеленским {1 + i % 28} мая 2025 года. ",
 # a fifth sweep (docs/benchmarks.md, "A fifth sweep"): dates read against the one named
 # before them (the day of a month, "that year", "a year earlier"), years with leading zeros,
 # abbreviation dots, apostrophe years, holidays, decades, centuries and quarters in runs,
 # white space and marks of other kinds
 "day-of-month-runs": lambda i: "Talks began in May 2025. " if i == 0 else f"On the {1 + i % 28}th, they met. ",
 "that-year-runs": lambda i: f"In {1990 + i % 30} they met; on March {1 + i % 28} of that year they spoke. ",
 "year-earlier-runs": lambda i: f"On {1 + i % 28} May 2025 they met, a year earlier they had spoken. ",
 "padded-years": lambda i: f"on {1 + i % 28} May {1 + i % 999:04d}, ",
 "padded-year-lines": lambda i: f"Putin met Zelensky on {1 + i % 28} May {1 + i % 999:04d}.\n\n",
 "month-abbr-dots": lambda i: ["Jan. ", "Feb. ", "Aug. ", "Sept. ", "Oct. "][i % 5],
 "initials": lambda i: "J. R. R. ",
 "pm-times": lambda i: f"at {1 + i % 12} p.m. ",
 "apostrophe-years": lambda i: f"in '{i % 100:02d} ",
 "holidays": lambda i: ["Christmas Eve ", "Easter ", "Orthodox Easter ", "New Year's Eve "][i % 4],
 "decades": lambda i: f"the '{i % 10}0s ",
 "centuries": lambda i: f"the {1 + i % 21}st century ",
 "quarters": lambda i: f"Q{1 + i % 4} {2000 + i % 25} ",
 "tab-columns": lambda i: f"{1 + i % 28} May 2025\tPutin\tmet\n" if i % 2 else "\t\t\t",
 "form-feeds": lambda i: f"Putin met on {1 + i % 28} May 2025.\f",
 "variation-selectors": lambda i: "Putin\ufe0f met\U000e0100 on Monday ",
 "hard-breaks": lambda i: f"Putin met on {1 + i % 28} May 2025  \n",
 "hashtags": lambda i: f"#Putin{i % 50} @Zelensky ",
 # (found by the fifth sweep: capitalised words after a full stop, run on to the paragraph's
 # end, cost the square of the paragraph: the credit pattern of generator/lang/en/text.yaml)
 "title-case-sentences": lambda i: "Talks Went Well. " if i % 2 else "Putin Met Zelensky. ",
 # a twelfth sweep (docs/benchmarks.md, "A twelfth sweep"): the reading rules added since the
 # last sweep of time (tense markers, datelines, titles and their holders, agents, parting a
 # report's day, headlines), each fed the run it reads
 "f12-caps-run": lambda i: ["Ivan ", "Petrov ", "Sergei ", "Lavrov ", "Anna "][i % 5],
 "f12-caps-run-said": lambda i: f"said on {1 + i // 40 % 28} May 2025 " if i % 40 == 39 else ["Ivan ", "Petrov ", "Sergei ", "Lavrov "][i % 4],
 "f12-caps-sentences": lambda i: ("Ivan Petrov Sergei Lavrov Anna Maria " * 6
                                  + f"said on {1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f12-role-words": lambda i: "president ",
 "f12-role-caps": lambda i: "President ",
 "f12-role-chain": lambda i: "US president Donald Trump ",
 "f12-role-chain-said": lambda i: "US president Donald Trump said ",
 "f12-role-chain-sentences": lambda i: f"US president Donald Trump met on {1 + i % 28} May {1990 + i // 28 % 30}. ",
 "f12-possessive-roles": lambda i: "Russia's president's envoy's aide's ",
 "f12-possessive-names": lambda i: ["Putin's ", "Trump's ", "Zelensky's ", "Lavrov's "][i % 4],
 "f12-title-then-the": lambda i: (f"US President Ivan Petrov{i} said on {1 + i % 28} May {1990 + i // 28 % 30}. "
                                  "The President was hosting Lavrov. He told reporters so. "),
 "f12-the-president-run": lambda i: "US President Donald Trump said on Monday. " if i == 0 else "The President said. ",
 "f12-dateline-paras": lambda i: f"MOSCOW, March {1 + i % 28}. /TASS/. Putin met on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n",
 "f12-dateline-run": lambda i: "KYIV, UKRAINE — ",
 "f12-dateline-caps": lambda i: ["KYIV ", "MOSCOW ", "WASHINGTON ", "ANKARA "][i % 4],
 "f12-night-to": lambda i: "In the night to Monday, ",
 "f12-night-to-dated": lambda i: f"in the night to {1 + i % 28} May, drones hit Kyiv, ",
 "f12-overnight-sentences": lambda i: ("On Friday, June 23, Prigozhin posted a video. " if i % 2 == 0
                                       else "Overnight, his fighters crossed into Russia. "),
 "f12-quotes-nested-open": lambda i: ["“He said ", "‘she said ", "«they said ", '"we said '][i % 4],
 "f12-quotes-nested-closed": lambda i: "“a ‘b «c» d’ e” ",
 "f12-quotes-said-after": lambda i: '"Why?" Putin ' if i % 50 == 0 else "Putin ",
 "f12-and-names": lambda i: ["Putin and ", "Trump and ", "Zelensky and ", "Lavrov and "][i % 4],
 "f12-comma-roles": lambda i: "Putin, the president, said, ",
 "f12-tense-chain": lambda i: "had said that he would say that ",
 "f12-tense-dated": lambda i: f"had said on {1 + i % 28} May that talks would begin on Monday, ",
 "f12-tense-markers": lambda i: ["will ", "would ", "had said ", "wants to ", "was expected ", "plans to "][i % 6],
 "f12-ordinal-words": lambda i: "the third round of the fourth ",
 "f12-greek-caps": lambda i: "Πούτιν Ζελένσκι ",
 "f12-mtavruli": lambda i: "ᲕᲚᲐᲓᲘᲛᲔᲠ ᲞᲣᲢᲘᲜᲘ ",
 "f12-titlecase-digraphs": lambda i: "ǅoko ǈubo ǋada ",
 "f12-cyrillic-said": lambda i: f"Путин Зеленский said on {1 + i % 28} May {1990 + i // 28 % 30}. ",
 "f12-rtl-combining": lambda i: "\u200fبوتين\u0651 \u202bقال\u202c Putin\u0301 said ",
 "f12-caps-long-word": lambda i: "P" if i == 0 else "X",
 "f12-one-paragraph": lambda i: ["US president Donald Trump said ", "“the talks” with ", "Russia's envoy, ",
                                 "and on Monday ", "the Kremlin's "][i % 5],
 "f12-10k-sentences": lambda i: ("US President Donald Trump met Putin on " + f"{1 + i % 28} May {1990 + i // 28 % 30} "
                                 + "and Russia's envoy, Kirill Dmitriev, talked about the talks " * 160 + ". "),
 "f12-headline-inputs": lambda i: (f"Putin met Zelensky on {1 + i % 28} May {1990 + i // 28 % 30} "
                                   + "“a ‘b’ c” Mr. on Monday " * 40 + ". "),
 "f12-entities-sentence": lambda i: f"said on {1 + i // len(NAMES) % 28} May 2025. " if i % len(NAMES) == len(NAMES) - 1 else f"{NAMES[i % len(NAMES)]}, ",
 "f12-entities-one": lambda i: f"{NAMES[i % len(NAMES)]}, ",
 # (found by the twelfth sweep: each name of a list read back through every comma before it)
 "f12-names-list-sentences": lambda i: (f"met on {1 + i // 150 % 28} May 2025. " if i % 150 == 149
                                        else f"{NAMES[i % len(NAMES)]}, "),
 "f12-said-that-sentences": lambda i: "met on 3 May 2025. " if i % 120 == 119 else "Putin said that ",
 "f12-happenings": lambda i: ["talks ", "summit ", "strike ", "ceasefire ", "exchange ", "visit ", "call ",
                              "invited ", "postponed ", "sanctions "][i % 10],
 "f12-happenings-dated": lambda i: f"Russia struck Kyiv on {1 + i % 28} May and the talks were postponed, ",
 "f12-plans": lambda i: ["postponed until ", "scheduled to be held ", "had been due to ", "moved back to "][i % 4],
 "f12-credit-open": lambda i: "[Putin/Reuters ",
 "f12-superlative-of": lambda i: f"the largest of the {1 + i % 28} May attacks ",
 "f12-between-from": lambda i: f"between {1 + i % 28} May and {2 + i % 27} May and from ",
 "f12-clock-from": lambda i: "from 10:00 to 11:00 on the night of ",
 "f12-same-day": lambda i: ("The last meeting took place in Berlin on October 19, 2016. " if i == 0
                            else "Miller said the same day. "),
 "f12-hours-after": lambda i: "Hours after the talks, ",
 "f12-later-opener": lambda i: "Monday. " if i == 0 else "Later Putin Trump Zelensky ",
 "f12-counted": lambda i: "The talks in Moscow came a day after the talks in Kyiv came a day after ",
 "f12-he-after-title": lambda i: "The President's patience wore thin. He told Fox & Friends on Monday. ",
 # (a thirteenth sweep) the reading rules of session 19: asides ("X, who said ..."), datelines
 # with a correspondent in brackets or a colon, bold headings, weekday series, MODAL_AT,
 # SAID_THAT, invitations, 'ALSO READ |', 'speaking', 'X Today'
 "f13-who-has-run": lambda i: "Putin, who" if i == 0 else " has",
 "f13-who-commas": lambda i: "Putin, who said, ",
 "f13-who-sentences": lambda i: f"Dmitry Peskov, who said on {1 + i % 28} May {1990 + i // 28 % 30} that talks would go on, left. ",
 "f13-dateline-correspondent": lambda i: f"Kyiv, December {1 + i % 28} (BTA correspondent Darina Kovacheva)\n\n",
 "f13-dateline-corr-open": lambda i: "Kyiv, December 3 (BTA correspondent Darina " if i == 0 else "Kovacheva ",
 "f13-dateline-corr-paras": lambda i: f"Sofia, {1 + i % 28} May (BTA) - Putin met on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n",
 "f13-dateline-colon": lambda i: "ABU DHABI: ",
 "f13-dateline-colon-paras": lambda i: f"NEW DELHI: Putin on {1 + i % 28} May {1990 + i // 28 % 30} warned Trump.\n\n",
 "f13-bold-questions": lambda i: f"**What happened on {1 + i % 28} May?**\n\nPutin met on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n",
 "f13-bold-open-run": lambda i: "**What? ",
 "f13-bold-line-run": lambda i: "**" + "What " * 30 + "?**\n",
 "f13-weekday-series": lambda i: "on Monday" if i == 0 else ["and Tuesday ", "and Wednesday ", "to Friday ", "and Sunday "][i % 4],
 "f13-weekday-series-sentences": lambda i: "NATO leaders gather in London on Tuesday and Wednesday and Thursday. ",
 "f13-modal-at": lambda i: "Klitschko said Wednesday would ",
 "f13-modal-at-sentences": lambda i: f"Klitschko said Wednesday would be a day of mourning, and he wants a deal by June {1990 + i % 30}. ",
 "f13-wants-by": lambda i: "wants a deal by " if i % 2 == 0 else "wants the big new deal by June ",
 "f13-said-that-weekday": lambda i: "told journalists on 27 January that the delegations could meet on Sunday ",
 "f13-said-that-sentences": lambda i: f"Peskov told journalists on {1 + i % 28} January {1990 + i // 28 % 30} that the delegations could meet on Sunday. ",
 "f13-that-run": lambda i: "said on 27 January" if i == 0 else " that",
 "f13-invited": lambda i: "Merz has invited Trump to a video call on Wednesday ",
 "f13-invited-to-run": lambda i: "has invited" if i == 0 else " to a",
 "f13-also-read": lambda i: f"ALSO READ | Putin to visit Moscow on {1 + i % 28} May\n\n",
 "f13-speaking": lambda i: "Trump, speaking on Fox News Radio on Thursday, ",
 "f13-named-today": lambda i: ["Gulf Today ", "USA Today ", "Russia Today "][i % 3],
 # (a fourteenth sweep) the reading rules of session 20 ('overnight' before a date of another
 # kind, headings restated by their first sentence, 'the following day', datelines 'Place,
 # Region, Month D.', ', X said on D, AGENCY reports') and the headline builder's inputs
 "f14-overnight-before": lambda i: "Overnight Russian forces struck Kharkiv, the mayor said on Wednesday morning, ",
 "f14-overnight-run": lambda i: "overnight " if i % 50 else f"said on {1 + i // 50 % 28} May ",
 "f14-overnight-sentences": lambda i: (f"Overnight Russian forces struck Kharkiv, the mayor said on {1 + i % 28} May "
                                       f"{1990 + i // 28 % 30}. "),
 "f14-heading-restated": lambda i: (f"**Overnight strikes on Ukraine's grid on {1 + i % 28} May {1990 + i // 28 % 30}**\n\n"
                                    f"Russia struck energy facilities overnight on {1 + i % 28} May {1990 + i // 28 % 30}, "
                                    "Ukrenergo said.\n\n"),
 "f14-heading-run": lambda i: f"**Strikes on {1 + i % 28} May {1990 + i // 28 % 30}**\n",
 # (found by the fourteenth sweep: each heading looked for its sentence in a copy of the rest)
 "f14-heading-paras": lambda i: f"**Strikes on {1 + i % 28} May {1990 + i // 28 % 30}**\n\n",
 "f14-following-day": lambda i: ("Zelensky told journalists on 27 January that the delegations could meet on Sunday. "
                                 "The following day Peskov said so. "),
 "f14-following-day-run": lambda i: "The following day " if i % 40 else f"on {1 + i // 40 % 28} January ",
 "f14-dateline-stop": lambda i: (f"Baku, Azerbaijan, May {1 + i % 28}. The Russian memorandum will be handed over in "
                                 f"Istanbul on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"),
 "f14-dateline-stop-run": lambda i: f"Baku, Azerbaijan, May {1 + i % 28}. ",
 "f14-dateline-place-run": lambda i: "Baku, " if i % 60 else f"May {1 + i // 60 % 28}. ",
 "f14-relayed": lambda i: "talks will go on, Kremlin spokesman Dmitry Peskov said on Thursday, Trend reports, ",
 "f14-relayed-sentences": lambda i: (f"The memorandum will be handed over on {1 + i % 28} May {1990 + i // 28 % 30}, "
                                     "Kremlin spokesman Dmitry Peskov said on Thursday, Trend reports. "),
 "f14-relayed-run": lambda i: "Peskov said, TASS reported, " if i % 2 else "Trend reports, ",
 "f14-headline-commas": lambda i: (f"On {1 + i % 28} May {1990 + i // 28 % 30}, " + "Putin said, " * 80
                                  + "talks went on. "),
 "f14-headline-brackets": lambda i: (f"Putin met Zelensky (in Moscow [on {1 + i % 28} May {1990 + i // 28 % 30} «"
                                     + "(talks [and «" * 70 + ". "),
 "f14-headline-quotes": lambda i: (f"“Putin said ‘Zelensky said “Trump said on {1 + i % 28} May {1990 + i // 28 % 30}"
                                   + " “we ‘met \"" * 60 + ". "),
 "f14-headline-marks": lambda i: (f"\u202ePutin\u0301\u200d met on {1 + i % 28} May {1990 + i // 28 % 30} "
                                  + "\u200fبوتين\u0651 \u2066Putin\u2069 Zelensky\u200b " * 30 + ". "),
 "f14-headline-only-quote": lambda i: f"“We will meet on {1 + i % 28} May {1990 + i // 28 % 30}" + ", we will" * 90 + ".”\n\n",
 # (a fifteenth sweep) the reading and headline rules of session 21: a wrapped line ending in an
 # article or a preposition goes on (line_goes_on), a reported future with no "that"
 # (SAID_THAT), a quote's "today" said on a day named after it, "has given X until D", a
 # coarser date told first (events.coarser_beside), names in apposition, counts after a verb,
 # a second "that", plans in the past perfect, "in this city"
 "f15-wrapped-the": lambda i: ("Putin met Zelensky in Moscow on 3 May 1990 and they talked about the\n" if i % 2 == 0
                               else f"talks on {1 + i % 28} May and the\n"),
 "f15-wrapped-preps": lambda i: f"Talks on {1 + i % 28} May {1990 + i // 28 % 30} were held {['in', 'of', 'to', 'by', 'with', 'and', 'that', 'their'][i % 8]}\n",
 "f15-wrapped-the-only": lambda i: "Putin met Zelensky in Moscow on 3 May 1990 and talked about all of the\n" if i == 0 else "the\n",
 "f15-said-no-that": lambda i: (f"Peskov said on {1 + i % 28} January {1990 + i // 28 % 30} the delegations would meet "
                                "on Sunday. "),
 "f15-said-no-that-run": lambda i: "Peskov said on 27 January" if i == 0 else (" the talks would" if i % 40 else " on Sunday"),
 "f15-said-no-that-spaces": lambda i: "Peskov said on 27 January" + " " * 2000 + "the talks would begin on Sunday. ",
 "f15-quoted-today": lambda i: (f"“We will start tomorrow and talk today,” Rubio told reporters on {1 + i % 28} May "
                                f"{1990 + i // 28 % 30}. “It starts tomorrow.” Arakhamia had said on Sunday. "),
 "f15-quoted-today-run": lambda i: "Peskov said: “Today " if i == 0 else ("today, " if i % 60 else "tomorrow,” he said on Sunday. “Today "),
 "f15-given-until": lambda i: (f"Trump has given Russia until noon on {1 + i % 28} May {1990 + i // 28 % 30} to agree to "
                               "a ceasefire, or face sanctions. "),
 "f15-given-until-run": lambda i: "Trump has given Russia until Friday" if i == 0 else " and has given Moscow until Friday",
 "f15-apposed-names": lambda i: (f"Two associates of Giuliani, Lev Parnas, Igor Fruman and Ivan Petrov{i}, were arrested on "
                                 f"{1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f15-apposed-run": lambda i: ", Ivan Petrov" if i % 100 else f", were arrested on {1 + i // 100 % 28} May. Associates",
 "f15-quantity": lambda i: f"agreed to swap at least 1,200 more prisoners on {1 + i % 28} May, up to ",
 "f15-second-that": lambda i: (f"Zelensky said on Saturday that the talks had been constructive and that a further meeting "
                               f"could take place on {1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f15-second-that-run": lambda i: "Zelensky said on Saturday that" if i == 0 else (" and that talks" if i % 50 else " on 3 May"),
 "f15-plan-states": lambda i: (f"The talks had been due to start on {1 + i % 28} May {1990 + i // 28 % 30} and had been "
                               "set to end on Friday. "),
 "f15-plan-states-run": lambda i: "had been due to " if i % 30 else f"start on {1 + i // 30 % 28} May. The talks ",
 "f15-here-place": lambda i: (f"Putin arrived in this city on {1 + i % 28} May {1990 + i // 28 % 30} and went to this "
                              "country from this capital. "),
 "f15-here-place-run": lambda i: " in this city" if i % 40 else f" on {1 + i // 40 % 28} May. Talks were held",
 "f15-coarser-first": lambda i: (f"Ardern announced last week that New Zealand would bring in an act, which passed on "
                                 f"March {1 + i % 28}, {1990 + i // 28 % 30}, and one that passed on March {2 + i % 27}. "),
 "f15-coarser-many": lambda i: ("Ardern announced last month that " + ", ".join(
     f"one act passed on March {d}" for d in range(1, 21)) + f" in {1990 + i % 30}. "),
 "f15-clause-cut": lambda i: (f"Zelensky rejects claims that signing up to the so-called formula on {1 + i % 28} May "
                              f"{1990 + i // 28 % 30} amounted to capitulation, and a president who promised to end "
                              "the war would like to meet. "),
 "f15-relative-two": lambda i: (f"The talks, which began on {1 + i % 28} May {1990 + i // 28 % 30} and are due to end on "
                                "Tuesday, and which open on Friday and run until Sunday, went on. "),
 # (a sixteenth sweep) the reading and headline rules of sessions 22-23: counts from what the
 # claims before named (counted_alike, counted_again, counted_hours, same_day_as,
 # saying_after), a holiday's eve, a weekday in local time, an institution speaking after a
 # name, tails relaying a speaker, possessors before a name, a verb's particle, "whose",
 # "whom" and "when" clauses, a dateline's agency before a colon, weapons after a year. The
 # "-after-long" shapes grow (_grown): a sentence of dated clauses, then the rule's sentences,
 # each part twice as long as the one before, so that the last long sentence is a third of the
 # article whatever its size, and the sentences after it read its claims
 "f16-hours-after-long": lambda i: _grown(i, _DATED, "Hours after the speech, thousands marched. "),
 "f16-opener-after-long": lambda i: _grown(i, _DATED, "A day after the summit, thousands marched. "),
 "f16-subject-after-long": lambda i: _grown(i, _DATED, "The visit came a day after the summit. "),
 "f16-again-after-long": lambda i: _grown(i, _DATED, "The visit came a day after the summit, and "
                                                     "two days after the call. "),
 "f16-same-day-after-long": lambda i: _grown(i, _DATED, "on the same day as the summit, and "),
 "f16-saying-after-long": lambda i: _grown(i, _DATED, "Zelensky last night said the talks had gone "
                                                      "well. Hours after the talks, crowds met. "),
 "f16-same-day": lambda i: (f"Putin and Zelensky held talks in Paris on {1 + i % 28} May {1990 + i // 28 % 30}. "
                            "On the same day as the Paris talks, Lavrov flew home. "),
 "f16-same-day-run": lambda i: "the same day as the talks, ",
 "f16-hours": lambda i: (f"Zelensky gave a speech on {1 + i % 28} May {1990 + i // 28 % 30}. Hours after "
                         "the speech, thousands marched. Minutes after the call, he left. "),
 "f16-counted-again-run": lambda i: "The visit came a day after the summit" if i == 0 else ", and two days after the call",
 "f16-holiday-eve": lambda i: (f"In his New Year's Eve address on {1 + i % 28} May {1990 + i // 28 % 30}, "
                               "Zelensky said a deal was near; on Christmas Eve talks were held. "),
 "f16-holiday-eve-run": lambda i: "Christmas Eve " if i % 2 else "New Year's Eve address ",
 "f16-local-time": lambda i: (f"Trump and Xi met in Busan on Thursday, local time, after talks on {1 + i % 28} "
                              f"May {1990 + i // 28 % 30}. They spoke on Friday morning (local time). "),
 "f16-local-time-run": lambda i: "on Thursday, local time, and ",
 "f16-local-spaces": lambda i: "on Thursday" + " " * 300 + ", ",
 "f16-institution": lambda i: (f"On {1 + i % 28} May {1990 + i // 28 % 30}, Shavkat Mirziyoyev held talks with "
                               f"Emomali Rahmon{i % 97}, the press service said. "),
 "f16-institution-run": lambda i: "Emomali Rahmon, the press service" if i == 0 else ", the press service",
 "f16-relayed": lambda i: (f"The talks will go on, Peskov said on {1 + i % 28} May {1990 + i // 28 % 30}, "
                           "Trend reports. Ushakov said on Sunday that talks were held, TASS reports. "),
 "f16-relayed-run": lambda i: "Peskov said on Thursday" if i == 0 else ", TASS reports",
 "f16-possessive": lambda i: (f"Ukraine's new President Volodymyr Zelensky met Russia's Vladimir Putin on "
                              f"{1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f16-possessive-run": lambda i: "Ukraine's new President " if i % 50 else f"Volodymyr Zelensky met on {1 + i // 50 % 28} May. ",
 "f16-particle": lambda i: (f"Trump was sworn in on {1 + i % 28} January {1990 + i // 28 % 30}. Svyrydenko "
                            "took over as prime minister on Thursday. "),
 "f16-particle-run": lambda i: "sworn in " if i % 40 else f"on {1 + i // 40 % 28} May. Trump was ",
 "f16-whose": lambda i: (f"Peskov questioned the legitimacy of the Ukrainian president, whose term expired in "
                         f"May {1990 + i % 30}. Lavrov saw no alternative to the talks in Belarus, whose "
                         f"third round took place on {1 + i % 28} May. "),
 "f16-whose-run": lambda i: ", whose term" if i % 40 else f" expired on {1 + i // 40 % 28} May. The president",
 "f16-whom": lambda i: (f"Kirill Vyshinsky, the head of RIA Novosti Ukraine, whom a Kyiv court released on "
                        f"August {1 + i % 28}, {1990 + i // 28 % 30}, is on the plane. "),
 "f16-when": lambda i: (f"Energy markets took a new hit on {1 + i % 28} May {1990 + i // 28 % 30}, when Gazprom "
                        "said it would cut flows through Nord Stream from Wednesday. "),
 "f16-when-run": lambda i: ", when Gazprom said on Monday" if i % 20 else " it would cut flows from Wednesday. Markets fell",
 "f16-quote-clause": lambda i: (f"The envoys were withdrawn after Mr. Biden said on {1 + i % 28} May "
                                f"{1990 + i // 28 % 30} that he thought Mr. Putin was a \"killer.\" "),
 "f16-dateline-agency": lambda i: (f"WASHINGTON, March {1 + i % 28}, (Agencies): US President Donald Trump said "
                                   "on Monday that he was angry.\n\n"),
 "f16-dateline-agency-run": lambda i: "KUWAIT CITY (KUNA) " if i % 30 else "(KUNA): Kuwait welcomed the talks on Saturday.\n\n",
 "f16-weapons": lambda i: f"French-supplied Mirage 2000 jets and {2000 + i % 25} drones struck on {1 + i % 28} May. ",
 # (a seventeenth sweep) the headline rules of session 23 after the sixteenth sweep began: a
 # listener told before "that" or a colon, a speaker's frame before a colon and a quote, a
 # second clause turned present (_and_present), a body named after what it is (_owned_name),
 # an aside whose comma stands inside a quote, "he" after an opener naming one person, a second
 # verb with nothing after it (CUT_COORDINATION), "through" and its kind at a headline's end,
 # a participle's object in the subject (to_present), "go on", possessors before a name
 # (events.agent); each once a sentence and, as "-run", repeated inside one sentence
 "f17-told-listener": lambda i: (f"He told wounded soldiers at a Moscow military hospital on {1 + i % 28} May "
                                 f"{1990 + i // 28 % 30} that the drone had been launched from a submarine. "),
 "f17-told-listener-run": lambda i: "Hegseth told a meeting" if i == 0 else " of the group in Brussels, Belgium,",
 "f17-told-colon": lambda i: (f"Trump told reporters on {1 + i % 28} May {1990 + i // 28 % 30}: "
                              "\"It could have been a mistake.\" "),
 "f17-colon-run": lambda i: "Trump said: \"" if i % 30 else f"It was a mistake on {1 + i // 30 % 28} May.\" ",
 "f17-and-present": lambda i: (f"Russian military tested the Burevestnik on {1 + i % 28} May {1990 + i // 28 % 30}, "
                               "and Putin announced the result. "),
 "f17-and-present-run": lambda i: "Russia tested the Burevestnik on Monday" if i == 0 else ", and Putin announced the result",
 "f17-owned-name": lambda i: ("Russia's leading independent newspaper Novaya Gazeta said on "
                              f"{1 + i % 28} May {1990 + i // 28 % 30} it was suspending publication. "),
 "f17-owned-name-run": lambda i: "Russia's leading independent " if i % 40 else f"newspaper Novaya Gazeta said on {1 + i // 40 % 28} May it would close. ",
 "f17-quote-aside": lambda i: (f"The Mariupol hospital strike of {1 + i % 28} March {1990 + i // 28 % 30}, which Lavrov "
                               "dismissed as Ukrainian \"propaganda,\" has become the emblem of the siege. "),
 "f17-quote-aside-run": lambda i: "The strike on Monday" if i == 0 else ", which Lavrov dismissed as \"propaganda,\"",
 "f17-he-opener": lambda i: (f"When Volodymyr Zelensky stepped out on {1 + i % 28} May {1990 + i // 28 % 30} to "
                             "address the nation, he did not reject the American peace plan. "),
 "f17-he-opener-run": lambda i: "When Zelensky stepped out on Monday, " if i % 30 else "he did not reject the plan. ",
 "f17-coordination": lambda i: (f"Putin said on {1 + i % 28} May {1990 + i // 28 % 30} that Russia had tested the "
                                "Poseidon, a nuclear-capable torpedo, and boasted. "),
 "f17-coordination-run": lambda i: "Putin said on Monday that Russia had tested the Poseidon" if i == 0 else ", and boasted",
 "f17-through": lambda i: (f"Ukraine exported 5 million tons of grain on {1 + i % 28} May {1990 + i // 28 % 30} "
                           "through its Black Sea ports. "),
 "f17-through-run": lambda i: "Ukraine shipped grain on Monday" if i == 0 else " through its Black Sea ports across",
 "f17-participle": lambda i: (f"A government plane carrying the freed Ukrainians landed at Boryspil on {1 + i % 28} "
                              f"May {1990 + i // 28 % 30}. The delegations led by Umerov arrived. "),
 "f17-participle-run": lambda i: "The delegations led by Umerov and " if i % 40 else f"Yermak arrived on {1 + i // 40 % 28} May. ",
 "f17-go-on": lambda i: f"Peskov said on {1 + i % 28} May {1990 + i // 28 % 30} the talks would go on. ",
 "f17-go-on-run": lambda i: "Peskov said on Monday the talks would" if i == 0 else " go on",
 "f17-possessor-run": lambda i: ["Russia's ", "Ukraine's ", "the Kremlin's "][i % 3] if i % 60 else f"Vladimir Putin met on {1 + i // 60 % 28} May. ",
 # (an eighteenth sweep) session 24's rules: a sequence's last verb phrase (_sequenced_clause),
 # a verb shared by two dated objects (_gapped_clause), a listener's frame before a quote ("X
 # told Y: ..."), a listener of up to five names, a hyphened role, what had not happened for a
 # time (LASTING), "he" after a sentence naming one (Claim.subject), a role named by another
 # claim (_role_named), 'he told <name>' (TOLD_LISTENER), ', with X telling' (WITH_TELLING),
 # a body's common noun phrase (COMMON_NP), a dateline's day (filed_on), live entry stamps
 "f18-sequenced": lambda i: (f"Zelensky flew to Paris on {1 + i % 28} May {1990 + i // 28 % 30}, later returned to "
                             f"Kyiv, then travelled to Berlin on {1 + i % 27} June {1990 + i // 28 % 30}. "),
 "f18-sequenced-run": lambda i: "Zelensky flew to Paris" if i == 0 else f", then travelled to Berlin on {1 + i % 28} May",
 "f18-gapped": lambda i: f"Modi visited Moscow in July {1990 + i % 30} and Kyiv in August {1990 + i % 30}. ",
 "f18-gapped-run": lambda i: "Modi visited Moscow in July" if i == 0 else f" and Kyiv in {['May', 'June', 'August'][i % 3]}",
 "f18-listener-quote": lambda i: (f"Ramaphosa told Putin on {1 + i % 28} May {1990 + i // 28 % 30}: "
                                  "\"This war has to be ended.\" "),
 "f18-listener-quote-run": lambda i: f"Putin told Zelensky on {1 + i % 28} May: \"Come to Moscow,\" and ",
 "f18-long-listener": lambda i: (f"Putin told Turkish President Recep Tayyip Erdogan in Sochi on {1 + i % 28} May "
                                 f"{1990 + i // 28 % 30} that Moscow would return to the grain deal. "),
 "f18-hyphen-role": lambda i: (f"Commander-in-chief Syrskyi said on {1 + i % 28} May {1990 + i // 28 % 30} the "
                               "brother-in-law of the vice-president had left. "),
 "f18-hyphen-run": lambda i: "commander-in-" if i % 40 else f"chief Syrskyi said on {1 + i // 40 % 28} May. ",
 "f18-lasting": lambda i: (f"Putin said on {1 + i % 28} May {1990 + i // 28 % 30} he had not spoken with Trump "
                           "for four years. "),
 "f18-lasting-run": lambda i: "Putin said on Monday he had not spoken" if i == 0 else " for years and had not met",
 "f18-he-subject": lambda i: (f"Macron flew to Jakarta. He met Prabowo Subianto on {1 + i % 28} May "
                              f"{1990 + i // 28 % 30}. "),
 "f18-he-subject-run": lambda i: f"He met Subianto on {1 + i % 28} May. " if i % 2 else "Macron arrived. ",
 "f18-told-he": lambda i: (f"\"This war has to be ended,\" he told Putin on {1 + i % 28} May "
                           f"{1990 + i // 28 % 30}. "),
 "f18-with-telling": lambda i: (f"The Kremlin responded on {1 + i % 28} May {1990 + i // 28 % 30}, with spokesman "
                                "Dmitry Peskov telling reporters that talks would resume. "),
 "f18-with-telling-run": lambda i: "The Kremlin responded on Monday" if i == 0 else ", with Peskov telling",
 "f18-common-np-run": lambda i: "the OSCE monitoring " if i % 40 else f"mission said on {1 + i // 40 % 28} May. ",
 "f18-dateline": lambda i: (f"LVIV, Ukraine, Aug {1 + i % 28} (Reuters) - Erdogan spoke overnight on "
                            f"{1 + i % 28} May.\n\n"),
 "f18-stamp": lambda i: f"**{i % 24:02d}:{i % 60:02d} GMT (Monday)** — Putin met Erdogan on {1 + i % 28} May.\n\n",
 "f18-stamp-run": lambda i: f"**{i % 24:02d}:{i % 60:02d} GMT (Monday)** " if i % 30 else "— Putin met Erdogan.\n\n",
 # (a nineteenth sweep) session 25's reading rules: holidays read by whose they are, "on a
 # Saturday", "the same day" / "a day later" in past narration, orders for a weekday, a date's
 # "when" clause, securities by when they fall due, relative clauses and dashes between a
 # speaker and the verb, a speaker named at the end, a lead's description named after, live
 # pages' closing lines, title-case datelines
 "f19-holiday": lambda i: (f"Ukraine marks its Independence Day on {1 + i % 28} May {1990 + i // 28 % 30}. "
                           "Putin ordered a ceasefire over Orthodox Christmas, and Zelensky said the Christmas pause was a cover. "),
 "f19-holiday-run": lambda i: "Christmas and " if i % 2 else "Independence Day and ",
 "f19-holiday-far": lambda i: "Putin spoke on Monday. " if i == 0 else "the Christmas pause and the Independence Day, ",
 "f19-a-weekday": lambda i: f"on March {1 + i % 28} {1990 + i // 28 % 30}, when Bennett flew to Moscow on a Saturday, and ",
 "f19-a-weekday-run": lambda i: "Putin flew to Moscow on 5 March 2022" if i == 0 else " and on a Saturday",
 "f19-same-day": lambda i: (f"Putin said talks would be held on {1 + i % 28} May {1990 + i // 28 % 30}. "
                            "The Kremlin dismissed the claim the same day. A day later Maria Zakharova, the "
                            "foreign ministry spokeswoman, called the initiative a \"dead end\". "),
 "f19-same-day-run": lambda i: "Putin said talks would be held on Friday" if i == 0 else ", and the same day, and a day later",
 "f19-directed": lambda i: (f"Putin on Thursday ordered his forces to observe a cease-fire on Friday and Saturday "
                            f"in {1990 + i % 30}. "),
 "f19-directed-run": lambda i: "Putin on Thursday ordered his forces to observe a cease-fire" if i == 0 else " on Friday and",
 "f19-when-after": lambda i: f"Putin agreed to organise the meeting in January {1990 + i % 30}, when Zelensky visited Bern. ",
 "f19-when-run": lambda i: f"in January {1990 + i % 30}, when Zelensky visited Bern and ",
 "f19-maturity-run": lambda i: f"notes due {2030 + i % 20}, bonds maturing in {2030 + i % 20} and ",
 "f19-relative": lambda i: (f"Asked about Bakhmut, which Wagner group chief Yevgeny Prigozhin claimed on {1 + i % 28} May "
                            f"{1990 + i // 28 % 30} to have captured, he said: \"Bakhmut is not occupied as of today.\" "),
 "f19-relative-run": lambda i: "Zelensky spoke. Asked" if i == 0 else f", which Prigozhin claimed on {1 + i % 28} May to have captured",
 "f19-dash-aside": lambda i: (f"Recep Tayyip Erdogan - who hosted Zelensky in Istanbul last week - said on {1 + i % 28} May "
                             f"{1990 + i // 28 % 30} that talks were possible. "),
 "f19-dash-run": lambda i: "Erdogan - " if i == 0 else ["who hosted Zelensky - ", "said on Monday - ", "x - "][i % 3],
 "f19-tail-said": lambda i: (f"Talks began on {1 + i % 28} May {1990 + i // 28 % 30}, but made no progress toward a "
                             "ceasefire, Defense Minister Rustem Umerov said. "),
 "f19-tail-run": lambda i: f"talks began on {1 + i % 28} May, Umerov said, " if i % 2 else "but made no progress, ",
 "f19-possessive": lambda i: (f"Ukraine's president said on {1 + i % 28} May {1990 + i // 28 % 30} that a coup was planned. "
                              "Volodymyr Zelenskyy said at a news conference that it was so. "),
 "f19-possessive-run": lambda i: "Ukraine's president said on Monday that " if i == 0 else "Russia's president and Ukraine's ",
 "f19-timed-opening": lambda i: (f"Zelensky visited the front. On {1 + i % 28} May he chaired a meeting and said Ukraine "
                                 f"had captured {i} soldiers. "),
 "f19-timed-run": lambda i: "Zelensky spoke. On Tuesday" if i == 0 else " he",
 "f19-furniture": lambda i: (f"Putin met Erdogan on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"
                             "That's all from us for today. Our live coverage continues tomorrow from 8am.\n\n"),
 "f19-furniture-run": lambda i: "\n\nThat is all for now " if i == 0 else "x" * 100 + " " if i % 50 == 49 else "That is all for now ",
 "f19-relayed-spaces": lambda i: f"Talks went on, Putin said on {1 + i % 28} May" + " " * 1500 + "and more, TASS reports.\n\n",
 "f19-furniture-line": lambda i: "Our live coverage of " if i == 0 else "the talks on Monday ",
 "f19-day-dateline": lambda i: (f"Hiroshima, May {1 + i % 28}: Prime Minister Narendra Modi on Saturday held talks with "
                                "Zelensky, telling him India would help.\n\n"),
 "f19-day-dateline-run": lambda i: "Hiroshima, May 20: " if i % 30 else "Modi met Zelensky on Saturday. ",
 "f19-quote-lead-in": lambda i: (f"Kuleba's reply came on {1 + i % 28} May {1990 + i // 28 % 30}: \"Ukraine's policy "
                                 "is made in Kyiv,\" the\nforeign minister wrote. "),
 "f19-said-objects": lambda i: (f"He was reluctant on {1 + i % 28} May {1990 + i // 28 % 30} to respond to anything "
                                "Putin says, Zelensky said. "),
 "f19-complement-run": lambda i: "a request for permission " if i % 2 else "for plans ",
 # a twentieth sweep (session 26's reading rules: docs/benchmarks.md, "A twentieth sweep")
 "f20-weekdayof": lambda i: (f"Talks open in Geneva on {1 + i % 28} May {1990 + i // 28 % 30}, followed by a "
                             "meeting in Brussels on Wednesday of that week. "),
 "f20-weekdayof-run": lambda i: "Talks open on 10 January 2022" if i == 0 else
                      [" and on Wednesday of that week", " and Friday of the following week",
                       " and on Monday next week"][i % 3],
 "f20-new-year": lambda i: (f"Putin said on {1 + i % 28} May {1990 + i // 28 % 30} that talks would take "
                            "place in Geneva in the new year. "),
 "f20-new-year-run": lambda i: ["in the new year and ", "at the beginning of the year and "][i % 2],
 "f20-hours-reach": lambda i: (f"His jet crashed north of Moscow on August {1 + i % 28}, {1990 + i // 28 % 30}."
                               "\n\nHours earlier, a missile struck a cafe. "),
 "f20-hours-run": lambda i: "His jet crashed on August 23, 2010.\n\n" if i == 0 else
                  ["Hours earlier, a missile struck. ", "The same day, talks ended.\n\n"][i % 2],
 "f20-progressive": lambda i: (f"Zelensky, who is seeking a second term in April {1990 + i % 30}, said on "
                               f"{1 + i % 28} May that talks would go on. "),
 "f20-progressive-run": lambda i: "Zelensky is seeking a second term in April" if i == 0 else
                        [" and is running in May", " and is holding talks on Monday"][i % 2],
 "f20-stem": lambda i: (f"Putin proposed {['meeting', 'appeasing', 'talks', 'truce'][i % 4]}s "
                        f"propos{'abcdefghij'[i % 10]}{'klmnopqrst'[i // 10 % 10]}{'uvwxyz'[i // 100 % 6]}ing "
                        f"on {1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f20-moved": lambda i: (f"Talks due to open in Geneva on {1 + i % 28} May {1990 + i // 28 % 30} were "
                         f"postponed to {1 + (i + 2) % 28} May. "),
 "f20-moved-run": lambda i: "Talks due on Monday were postponed to Wednesday" if i == 0 else
                  [", then moved to Friday", " and delayed until Sunday", " and are now set for Tuesday"][i % 3],
 "f20-party-state": lambda i: (f"Sen. Mark Kelly, D-Ariz., said on {1 + i % 28} May {1990 + i // 28 % 30} that "
                               "talks would go on. "),
 "f20-party-run": lambda i: "Sen. Mark Kelly" if i == 0 else [", D-Ariz.", ", R-Texas", ", I-Vt."][i % 3],
 "f20-asides": lambda i: (f"Putin, filmed in Sochi on {1 + i % 28} May {1990 + i // 28 % 30}, where he hosted "
                          "Erdogan, said talks would go on. "),
 "f20-aside-run": lambda i: "Putin" if i == 0 else [", filmed in Sochi", ", where he hosted Erdogan",
                                                    ", pictured in Baku", ", flanked by aides"][i % 4],
 "f20-relative-verb": lambda i: (f"Zelensky backed a resolution that would have condemned Russia on {1 + i % 28} "
                                 f"May {1990 + i // 28 % 30} and demanded a withdrawal, Kuleba said. "),
 "f20-relative-run": lambda i: "a resolution that condemned" if i == 0 else " and demanded",
 "f20-object-relative": lambda i: (f"Sanctions followed on {1 + i % 28} May {1990 + i // 28 % 30}, a step White "
                                   "House press secretary Jen Psaki described as a signal. "),
 "f20-object-run": lambda i: "a step the Kremlin " if i % 2 else "a plan White House ",
 "f20-title-dateline": lambda i: (f"Moscow, Dec {1 + i % 28}: Putin on Friday said talks would go on in "
                                  f"{1990 + i // 28 % 30}. "),
 "f20-title-dateline-run": lambda i: f"Moscow, Dec {1 + i % 28}: " if i % 30 else "Putin met Zelensky on Friday. ",
 "f20-said-where": lambda i: (f"Putin said, aboard the plane on {1 + i % 28} May {1990 + i // 28 % 30}, that "
                              "talks would go on. "),
 "f20-said-where-run": lambda i: "Putin said" if i == 0 else [", aboard the plane", ", at a meeting in Kyiv",
                                                              " in an interview"][i % 3],
 "f20-comparison": lambda i: (f"Putin spends more time on {1 + i % 28} May {1990 + i // 28 % 30} on talks with "
                              "Erdogan than on talks with Zelensky. "),
 "f20-comparison-run": lambda i: "more " if i % 2 else "time on talks ",
 "f20-comparison-list": lambda i: "Putin spends more time on talks on Monday" if i == 0 else
                        [", on talks with Xi", " and on talks with Modi", " than on talks with Zelensky"][i % 3],
 "f20-colon-quote": lambda i: (f"Zelensky wrote on {1 + i % 28} May {1990 + i // 28 % 30}: \"True words of a "
                               "true leader.\" "),
 "f20-last-done": lambda i: (f"Biden and Putin last met in person at a summit in Geneva on {1 + i % 28} June "
                             f"{1990 + i // 28 % 30}. "),
 "f20-last-done-run": lambda i: "Biden and Putin last met on Monday" if i == 0 else
                      [" and last spoke", " and previously met", " and most recently talked"][i % 3],
 "f20-and-present": lambda i: (f"Macron hosted Zelensky on {1 + i % 28} May {1990 + i // 28 % 30} and phoned "
                               "Putin and met Scholz. "),
 "f20-and-present-run": lambda i: "Macron hosted Zelensky on Monday" if i == 0 else
                        [" and phoned Putin", " and met Scholz", " and visited Kyiv"][i % 3],
 # (and main's rules landed during the sweep, f54dae7: blind sets 36-37)
 "f20-wanted-by": lambda i: (f"Zelensky said on {1 + i % 28} May {1990 + i // 28 % 30} that Kyiv wanted a \"fully "
                             "ready plan\" by November, built on three tracks. "),
 "f20-wanted-run": lambda i: "Zelensky said Kyiv wanted a plan" if i == 0 else
                   [" ready in November", " and a summit planned for August 23", " and a deal done by May"][i % 3],
 "f20-next-part": lambda i: (f"At the summit on Aug. {1 + i % 28}, {1990 + i // 28 % 30}, he spoke. In his address "
                             "the following morning, he said more. "),
 "f20-next-part-run": lambda i: "He spoke on 23 August 2022" if i == 0 else
                      [", the following morning", " and the next night", " and the next evening"][i % 3],
 "f20-zone-run": lambda i: f"polls closed at 8:00 pm ({1700 + i % 300} GMT) and ",
 "f20-bracket-anchor": lambda i: (f"Talks were held in Jeddah ({1 + i % 27}-{2 + i % 27} August {1990 + i // 28 % 30}). "
                                  "The following day the delegations left. "),
 "f20-spokesman": lambda i: (f"Ivan Petrov{i % 97}, Putin's spokesman, said on {1 + i % 28} May {1990 + i // 28 % 30} "
                             "that talks would go on. "),
 "f20-for-complement": lambda i: (f"The talks on {1 + i % 28} May {1990 + i // 28 % 30} paved the way for a "
                                  "ceasefire, preparations for a summit and a request for permission. "),
 # a twenty-first sweep (session 27's reading rules: docs/benchmarks.md, "A twenty-first sweep")
 "f21-either": lambda i: (f"Zelensky said on {1 + i % 28} May {1990 + i // 28 % 30} that the vote was slated for "
                          "Friday, talks were earmarked for March and a deal was wanted by November. "),
 "f21-either-run": lambda i: "Zelensky said Kyiv had set the vote for March 17" if i == 0 else
                   [" and slated talks for Friday", ", ready in November", " and earmarked for May",
                    " and fixed the summit for Sunday"][i % 4],
 "f21-scheduled-run": lambda i: ["the vote is scheduled for Thursday and ", "advisers meet in Paris on Wednesday and ",
                                 "the talks are planned for Friday and "][i % 3],
 "f21-year-zone-run": lambda i: f"in {1990 + i % 30} at {1000 + i % 900} GMT and ",
 "f21-bracket-run": lambda i: f"({1 + i % 27}-{2 + i % 27} August) " if i % 20 else "The following day talks ended. ",
 "f21-night-then": lambda i: (f"Zelensky spoke overnight on {1 + i % 28} May {1990 + i // 28 % 30}, hours after "
                              "Putin visited positions near Bakhmut yesterday. "),
 "f21-night-run": lambda i: "Zelensky spoke overnight" if i == 0 else
                  [", hours after Putin visited yesterday", " while Lavrov spoke on Monday",
                   " as Peskov said on Tuesday"][i % 3],
 "f21-century-run": lambda i: f"the {1 + i % 21}th century and ",
 "f21-byline-bars": lambda i: (f"By Mykola Hrytsenko | Kennan Institute | January {1 + i % 28}, {1990 + i % 30}\n\n"
                               f"Putin met Zelensky on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"),
 "f21-bar-run": lambda i: "By Mykola Hrytsenko" if i == 0 else f" | Kennan Institute | January {1 + i % 28}, 2022",
 "f21-apposed-run": lambda i: "Ivan Petrov" if i == 0 else [", Vladimir Putin's spokesman", ", Sergei Lavrov's aide",
                                                            ", the Kremlin's envoy"][i % 3],
 "f21-he-carries": lambda i: (f"He said on {1 + i % 28} May {1990 + i // 28 % 30} that Putin had endorsed Kamala "
                              "Harris, he said. "),
 "f21-with-telling": lambda i: (f"CNN reported on {1 + i % 28} May {1990 + i // 28 % 30} that the call \"did not go "
                                "well\", with Biden warning that talks would fail. "),
 "f21-with-telling-run": lambda i: "CNN reported on Monday the call went badly" if i == 0 else
                         [", with Biden warning reporters", ", with Peskov telling aides", " and Putin said so"][i % 3],
 "f21-osce-run": lambda i: "the Organization for Security and Co-operation in Europe for " if i % 2 else
                 "observers from the Organization of ",
 "f21-ranks": lambda i: (f"Lt. Gen. Keith Kellogg and Sen. Lindsey Graham met Zelensky on {1 + i % 28} May "
                         f"{1990 + i // 28 % 30}. "),
 "f21-ranks-run": lambda i: ["Lt. ", "Gen. ", "Sen. ", "Gov. "][i % 4],
 "f21-capital-lead": lambda i: (f"UKRAINE'S President Volodymyr Zelensky met Putin on {1 + i % 28} May "
                                f"{1990 + i // 28 % 30}. "),
 "f21-capital-run": lambda i: "UKRAINE'S " if i % 2 else "RUSSIA ",
 "f21-as-well-as": lambda i: (f"Warsaw's Chopin airport, as well as airports in Modlin, Rzeszow and Lublin, closed "
                              f"on {1 + i % 28} May {1990 + i // 28 % 30} for several hours. "),
 "f21-as-well-run": lambda i: "Warsaw's airport" if i == 0 else
                    [", as well as airports in Modlin", ", Rzeszow and Lublin", ", along with Gdansk"][i % 3],
 "f21-dated-document": lambda i: (f"Zelensky told The Economist in an interview published {1 + i % 28} May "
                                  f"{1990 + i // 28 % 30} that talks would go on. "),
 "f21-document-run": lambda i: "in an interview published Wednesday " if i % 2 else "and a statement released ",
 "f21-said-on-run": lambda i: "Zelensky said on social media" if i == 0 else
                    [" he said on Telegram", " that he wrote on X", " and posted on Facebook"][i % 3],
 "f21-reduced-relative": lambda i: (f"according to the final count the Central Election Commission published on "
                                    f"{1 + i % 28} May {1990 + i // 28 % 30}, Zelensky won. "),
 "f21-coordinate": lambda i: (f"Putin spoke on {1 + i % 28} May {1990 + i // 28 % 30}, and Defense Minister Sergei "
                              "Shoigu on Thursday ordered the troops to go back to their bases by May 1. "),
 "f21-coordinate-run": lambda i: "Putin spoke on Monday" if i == 0 else
                       [", and Shoigu on Thursday ordered troops home", " by May 1", " and Lavrov on Friday said"][i % 3],
 "f21-alone-verbs": lambda i: (f"Yermak resigns on {1 + i % 28} May {1990 + i // 28 % 30}. Syrskyi appointed on "
                               f"{1 + (i + 1) % 28} June. "),
 "f21-bound-run": lambda i: "Putin took its interests" if i == 0 else [" into account", " and its fears into account",
                                                                       " on Monday"][i % 3],
 "f21-previously": lambda i: (f"Putin previously met Zelensky in Paris in {1990 + i % 30}, Peskov said on "
                              f"{1 + i % 28} May. "),
 # a twenty-second sweep (session 28's reading rules: docs/benchmarks.md, "A twenty-second sweep")
 "f22-abbr-dateline": lambda i: (f"Kyiv, {['Mar', 'Apr', 'Jun', 'Sep'][i % 4]} {1 + i % 28}: Zelensky met Macron "
                                 f"in Paris on {1 + (i + 3) % 28} May {1990 + i // 28 % 30}.\n\n"),
 "f22-abbr-run": lambda i: f"{['Mar', 'Apr', 'Jun', 'Sep', 'Jul', 'Aug'][i % 6]} {1 + i % 28} ",
 "f22-abbr-year-run": lambda i: f"{['Mar', 'Apr', 'Jun', 'Sep'][i % 4]} {1990 + i % 30} and ",
 "f22-wire-figures": lambda i: (f"Brussels, {1 + i % 28}/{1 + i % 12}/{1990 + i % 30} (Agence Europe) - Macron met "
                                f"Zelensky on Monday.\n\n"),
 "f22-wire-figures-run": lambda i: "Brussels, " if i == 0 else f"{1 + i % 28}/{1 + i % 12}/{1990 + i % 30} ",
 "f22-diacritics": lambda i: (f"HÀ NỘI — Putin met To Lam on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"
                              f"İSTANBUL — Talks opened on {1 + i % 28} June.\n\n"),
 "f22-diacritics-run": lambda i: ["HÀ ", "NỘI ", "İSTANBUL ", "ĐÀ "][i % 4],
 "f22-also-read": lambda i: (f"Also Read | G20 Summit {1990 + i % 30}: Putin met Modi on {1 + i % 28} May\n\n"
                             f"Putin met Modi on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"),
 "f22-year-name-run": lambda i: f"{['G20 Summit', 'Vision', 'Euro', 'Expo', 'Agenda'][i % 5]} {1990 + i % 40} and ",
 "f22-urged-weekday": lambda i: (f"Zelensky on {1 + i % 28} May {1990 + i // 28 % 30} urged Putin to meet him "
                                 "as soon as Monday and called on Trump to act by Friday. "),
 "f22-urged-run": lambda i: "Zelensky urged Putin" if i == 0 else
                  [" to meet on Monday", " and called on Trump to act by Friday", " as soon as Tuesday"][i % 3],
 "f22-overnight-to": lambda i: (f"Putin on {1 + i % 28} May {1990 + i // 28 % 30} linked the collapse overnight to "
                                "Russia's war and the strikes overnight to Sunday. "),
 "f22-overnight-run": lambda i: ["overnight to ", "overnight from the ", "overnight to the night of "][i % 3],
 "f22-demands": lambda i: (f"Russia on {1 + i % 28} May {1990 + i // 28 % 30} published draft agreements, demanding "
                           "guarantees. The demands came a day after Putin spoke. The proposal came two days after "
                           "the ultimatum. "),
 "f22-said-day": lambda i: (f"Putin told a summit on {1 + i % 28} May {1990 + i // 28 % 30}. Mr Putin said that talks "
                            "would go on, a day after he addressed a BRICS meeting. "),
 "f22-said-day-run": lambda i: "Putin spoke on Monday. Mr Putin said that talks would go on" if i == 0 else
                     [", a day after he addressed a meeting", " and a week after he met Xi",
                      ", two days after the demands"][i % 3],
 "f22-not-kinds": lambda i: (f"Biden said on {1 + i % 28} May {1990 + i // 28 % 30} that Putin is a war criminal, "
                             "as in the First World War, and war crimes went on. "),
 "f22-not-kinds-run": lambda i: ["war criminal ", "world war ", "war crimes ", "the First World War "][i % 4],
 "f22-where": lambda i: (f"Zelensky was in Brussels on {1 + i % 28} May {1990 + i // 28 % 30}, where Belgian Prime "
                         "Minister Alexander De Croo pledged 30 F-16s. "),
 "f22-where-run": lambda i: "Zelensky was in Brussels on Tuesday" if i == 0 else
                  [", where De Croo pledged jets", ", where he met Macron on Monday", " where Scholz spoke"][i % 3],
 "f22-object-relative": lambda i: (f"Putin on {1 + i % 28} May {1990 + i // 28 % 30} agreed to sign a new agreement "
                                   "that adviser Yuri Ushakov said would cover security issues. "),
 "f22-object-relative-run": lambda i: f"on {1 + i % 28} May an agreement that " if i % 8 else
                            "adviser Yuri Ushakov said would cover it and ",
 "f22-deeds-then-said": lambda i: (f"Putin arrived in Uzbekistan on {1 + i % 28} May {1990 + i // 28 % 30} for talks. "
                                   "Putin made the remarks at a press conference. "),
 "f22-to-say": lambda i: (f"Trump took to Truth Social on {1 + i % 28} May {1990 + i // 28 % 30}, hours after the "
                          "call, to say that Zelensky \"would like to make a deal\". "),
 "f22-to-say-run": lambda i: "Trump took to Truth Social on Saturday night" if i == 0 else
                   [", hours after the call", " to say that it went well", ", to warn Putin"][i % 3],
 "f22-to-say-asked-run": lambda i: "Zelensky on Monday asked Trump" if i == 0 else
                         [" to say that it went well and asked Macron", " to say that talks failed and urged Scholz"][i % 2],
 "f22-titled": lambda i: (f"The Kremlin leader said on {1 + i % 28} May {1990 + i // 28 % 30} that the Ukrainian "
                          "president had sabotaged the Minsk agreement. "),
 "f22-copula": lambda i: (f"Zelensky was in London on {1 + i % 28} May {1990 + i // 28 % 30} for talks with "
                          "Starmer and is under pressure in the Rada. "),
 "f22-calls-run": lambda i: "Zelensky spoke on Monday" if i == 0 else
                  [", where he calls", " and appeals", " for a ceasefire and calls"][i % 3],
 "f22-again-run": lambda i: "Putin met Zelensky on Monday" if i == 0 else
                  f" and again on {1 + i % 28} May",
 "f22-unregistered": lambda i: (f"Foreign Minister Retno{i % 97} Marsudi{i % 89} said in Jakarta on {1 + i % 28} May "
                                f"{1990 + i // 28 % 30}. "),
 "f22-counterfactual": lambda i: (f"Zelensky was elected on {1 + i % 28} May {1990 + i // 28 % 30} and his term "
                                  "would have ended in 2024, and the vote was held. "),
 "f22-own-clause-run": lambda i: "Zelensky was elected on Monday" if i == 0 else
                       [" and his term would have ended", ", and its army was tired", " and the vote is over"][i % 3],
 "f22-possessive-role": lambda i: (f"His press secretary Dmitry Peskov said on {1 + i % 28} May {1990 + i // 28 % 30} "
                                   "that his special envoy Kellogg would come. "),
 "f22-possessive-run": lambda i: ["His ", "press ", "secretary ", "special ", "envoy "][i % 5],
  # a twenty-third sweep (session 29's reading rules, incr22's caches: docs/benchmarks.md, "A
 # twenty-third sweep")
 "f23-was-to": lambda i: (f"Putin and Erdogan were to meet in Sochi on {1 + i % 28} May {1990 + i // 28 % 30}, "
                          "the Kremlin said. The two were to hold talks on Friday.\n\n"),
 "f23-was-to-run": lambda i: "Putin was to meet Xi" if i == 0 else
                   [" and were to hold talks on Friday", " and was to fly on Monday", ", were to sign"][i % 3],
 "f23-aside": lambda i: (f"He answered the decision, which Washington confirmed on {1 + i % 28} May "
                         f"{1990 + i // 28 % 30}, to let Kyiv use arms. The following day, Zelensky met "
                         "Biden. A day later, Putin spoke.\n\n"),
 "f23-aside-run": lambda i: "Putin spoke on Monday" if i == 0 else
                  [f", which Kyiv confirmed on {1 + i % 28} May,", " a day later", " the following day"][i % 3],
 "f23-part": lambda i: (f"Zelensky spoke on {1 + i % 28} May {1990 + i // 28 % 30}. He called Macron on "
                        "Tuesday morning, a day after Russia launched its largest air attack.\n\n"),
 "f23-part-run": lambda i: "Zelensky called Macron" if i == 0 else
                 [" on Tuesday morning, a day after", " Russia launched its attack", " on Monday evening,"][i % 3],
 "f23-second-clause": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}. Ukraine was not on the "
                                 "agenda, but the meeting came eight days after Putin met Trump.\n\n"),
 "f23-second-clause-run": lambda i: "Putin met Xi on Monday" if i == 0 else
                          [", but the meeting came eight days after", " Putin met Trump", "; and the talks"][i % 3],
 "f23-byline": lambda i: (f"Commentary | Kateryna Borysenko{i % 97} | {1 + i % 28} February {1990 + i // 28 % 30}\n\n"
                          f"Zelensky met Biden on {1 + (i + 5) % 28} May.\n\n"),
 "f23-byline-run": lambda i: ["Commentary ", "| ", "Kateryna ", "Borysenko ", "| 5 February 2021 "][i % 5],
 "f23-bishkek": lambda i: (f"BISHKEK (AKIpress) - Putin on {1 + i % 28} May {1990 + i // 28 % 30} accused Kyiv of "
                           "sabotaging the Minsk agreements.\n\n"),
 "f23-capitals-run": lambda i: ["BISHKEK ", "NEW ", "DELHI ", "(AKIpress) "][i % 4],
 "f23-peoples": lambda i: (f"The French, German, British, Italian, Polish and Spanish foreign ministers said on "
                           f"{1 + i % 28} May {1990 + i // 28 % 30} that Ukraine must be involved. "),
 "f23-peoples-run": lambda i: "The French" if i == 0 else
                    [", German", ", British", " and Italian", " foreign ministers said on Monday"][i % 4],
 "f23-told-tail": lambda i: (f"Putin expressed his condolences on {1 + i % 28} May {1990 + i // 28 % 30}, Kremlin "
                             "spokesman Dmitry Peskov told the Interfax news agency late Tuesday. "),
 "f23-told-run": lambda i: "Putin expressed his condolences" if i == 0 else
                 [", Peskov told the Interfax news agency late Tuesday", ", Lavrov told reporters"][i % 2],
 "f23-owned": lambda i: (f"Grossi met Lavrov on {1 + i % 28} May {1990 + i // 28 % 30}, and Russia's foreign "
                         "ministry said on Wednesday it would guarantee the inspectors' safety. "),
 "f23-owned-run": lambda i: "Grossi met Lavrov on Monday" if i == 0 else
                  [", and Russia's foreign ministry said", " on Wednesday", ", but Ukraine's army told"][i % 3],
 "f23-relative-deed": lambda i: (f"Russia pressed on {1 + i % 28} May {1990 + i // 28 % 30} with a counteroffensive "
                                 "in the south that Kyiv announced the day before, officials said. "),
 "f23-relative-deed-run": lambda i: "Russia pressed on Tuesday" if i == 0 else
                          [" with a counteroffensive that Kyiv announced", " the day before", " and a plan"][i % 3],
 "f23-meanwhile": lambda i: (f"Putin met Xi in Beijing on {1 + i % 28} May {1990 + i // 28 % 30}. Russian forces "
                             "meanwhile continued their advance, the ministry said. In Tokyo, Hayashi told a "
                             "news conference on Thursday that sanctions would follow.\n\n"),
 "f23-meanwhile-run": lambda i: "Russian forces" if i == 0 else [" meanwhile continued", " In Tokyo,"][i % 2],
 "f23-he": lambda i: (f"Peskov said on {1 + i % 28} May {1990 + i // 28 % 30} that Putin would travel. He "
                      "congratulated Biden on Tuesday.\n\n"),
 "f23-stating": lambda i: (f"Putin's press conference on {1 + i % 28} May {1990 + i // 28 % 30} was an exercise in "
                           "defiance. Guterres has never been afraid of an awkward handshake. "),
 "f23-span": lambda i: (f"Putin ordered a 36-hour ceasefire from noon on {1 + i % 28} May {1990 + i // 28 % 30} "
                        "to midnight on Saturday, Moscow time. "),
 "f23-span-run": lambda i: "Putin ordered a ceasefire" if i == 0 else
                 [" from noon on Friday", " to midnight on Saturday", " from the border"][i % 3],
 "f23-deictic": lambda i: (f"The truce agreed on {1 + i % 28} May {1990 + i // 28 % 30} was pushed back to "
                           "tomorrow. Security has been tightened since yesterday. The forum runs until tomorrow. "),
 "f23-deictic-run": lambda i: "The truce was pushed back" if i == 0 else
                    [" to tomorrow", " since yesterday", " until next week", " and runs until tomorrow"][i % 4],
 "f23-cut-refusals": lambda i: (f"Putin said on {1 + i % 28} May {1990 + i // 28 % 30} Moscow would support "
                                "Kyrgyzstan and would work with the new authorities, and Germany's decision is "
                                "expected, and it was too early to say, and any agreement negotiated without it "
                                "failed. "),
 "f23-complement-run": lambda i: "Putin called on Monday" if i == 0 else
                       [" for a resolution in line with the Charter", " and a response to shelling",
                        " in keeping with the law", " and access to the sea"][i % 4],
 "f23-reduced-passive": lambda i: (f"Zelensky signed a decree on {1 + i % 28} May {1990 + i // 28 % 30} shutting "
                                   "down three television channels controlled by an ally of Putin. "),
 "f23-reduced-run": lambda i: "Zelensky shut down on Monday" if i == 0 else
                    [" channels controlled by an ally", " of Putin and stations owned by", " a friend"][i % 3],
 # a twenty-fourth sweep (session 30's reading rules, incr23's caches: docs/benchmarks.md, "A
 # twenty-fourth sweep")
 "f24-until": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}. The forum runs until "
                         "Friday, and the truce remains until Sunday. Talks continue until next week.\n\n"),
 "f24-until-run": lambda i: "The forum runs until Friday" if i == 0 else
                  [" and the truce remains until Sunday", ", talks continue until Monday", " and lasts until"][i % 3],
 "f24-planned": lambda i: (f"Putin spoke on {1 + i % 28} May {1990 + i // 28 % 30}, with an event planned at "
                           "Manchester Cathedral on Sunday. Allies of Navalny prepared for his funeral in "
                           "Moscow on Friday. A vote is scheduled for Tuesday.\n\n"),
 "f24-planned-run": lambda i: "A vote is scheduled" if i == 0 else
                    [" for Tuesday", ", with an event planned at Manchester Cathedral on Sunday",
                     " and prepared for his funeral on Friday"][i % 3],
 "f24-hours": lambda i: (f"Putin arrived in Astana on {1 + i % 28} May {1990 + i // 28 % 30}. Hours later, "
                         "Putin said Thursday in Astana that talks would go on. Hours later, Zelensky "
                         "spoke.\n\n"),
 "f24-hours-run": lambda i: "Hours later, Putin said" if i == 0 else
                  [" Thursday in Astana", " that hours later", " he spoke on Friday"][i % 3],
 "f24-part-of": lambda i: (f"A plane crashed near Tver on {1 + i % 28} May {1990 + i // 28 % 30}. On the "
                           "evening of the crash, Putin spoke. On the eve of the talks, Zelensky flew to "
                           "Rome, and the talks began on Monday.\n\n"),
 "f24-part-of-run": lambda i: "Putin spoke" if i == 0 else
                    [" on the evening of the crash", " and on the eve of the talks", " during the night of the vote"][i % 3],
 "f24-opening": lambda i: (f"The day after Boris Johnson announced his resignation on {1 + i % 28} May "
                           f"{1990 + i // 28 % 30}, Putin said Russia was ready. Russia struck Kyiv, hours "
                           "after Zelensky said he would fly to Washington.\n\n"),
 "f24-opening-run": lambda i: "The day after Johnson announced his resignation" if i == 0 else
                    [" and two days before Putin said", " when Zelensky told reporters on Monday", " as"][i % 3],
 "f24-closing": lambda i: (f"Ukraine's foreign ministry called the trip \"a wrong choice\" on {1 + i % 28} May "
                           f"{1990 + i // 28 % 30}, as soon as the UN confirmed it. "),
 "f24-closing-run": lambda i: "Ukraine's foreign ministry called the trip a wrong choice" if i == 0 else
                    [", after Zelensky said on Monday", ", as soon as the UN confirmed it", " when"][i % 3],
 "f24-who-said": lambda i: (f"Henry Kissinger{i % 97}, the former US secretary of state, who told the Davos "
                            f"forum on {1 + i % 28} May {1990 + i // 28 % 30} that Ukraine should cede land, "
                            "was criticised by Zelensky's office, Zelensky's office said.\n\n"),
 "f24-who-said-run": lambda i: "Henry Kissinger" if i == 0 else
                     [", the former secretary of state", ", who told the Davos forum on Monday", " and"][i % 3],
 "f24-unregistered": lambda i: (f"Turkish Defence Minister Hulusi Akar{i % 97} said on {1 + i % 28} May "
                                f"{1990 + i // 28 % 30} that the Razoni was inspected. In Tashkent{i % 89}, "
                                f"Chancellor Olaf Scholz{i % 83} said on Tuesday that grain would flow. "
                                "The Greek and Slovak foreign ministers said they backed the plan.\n\n"),
 "f24-unregistered-run": lambda i: "Hulusi Akar said" if i == 0 else
                         [f", Olaf Scholz{i % 89} said", " on Monday", f" and Gerhard Schröder{i % 97} told"][i % 3],
 "f24-night": lambda i: (f"Zelensky on {1 + i % 28} May {1990 + i // 28 % 30} evening signed a decree, his "
                         "office said overnight. He signed a decree on Wednesday, and late on Friday Putin "
                         "said on the night of July 22 that Russia was ready.\n\n"),
 "f24-stating": lambda i: (f"Putin had been in the Kazakh capital since {1 + i % 28} May {1990 + i // 28 % 30}. "
                           "Zelensky had been in Washington since Monday.\n\n"),
 "f24-making": lambda i: (f"Zelensky signed a decree on {1 + i % 28} May {1990 + i // 28 % 30} making it easier "
                          "for residents of the occupied regions to obtain passports, dissolving the Verkhovna "
                          "Rada and calling early elections. "),
 "f24-making-run": lambda i: "Zelensky signed a decree on Monday" if i == 0 else
                   [" making it easier for residents", " dissolving the Rada and calling", " and making"][i % 3],
 "f24-first": lambda i: (f"Macron on {1 + i % 28} May {1990 + i // 28 % 30} became the first leader of a major "
                         "Western government to phone Putin in almost two years. "),
 "f24-first-run": lambda i: "Macron became the first leader on Monday" if i == 0 else
                  [" to phone Putin in almost two years", " for the first time in a decade", " first"][i % 3],
 "f24-came-as": lambda i: (f"The address came as allies of Navalny prepared for his funeral on {1 + i % 28} May "
                           f"{1990 + i // 28 % 30}. The visit followed a trip to Kyiv on Sunday by the European "
                           "Union's new leadership team. "),
 "f24-came-as-run": lambda i: "The address came as allies prepared" if i == 0 else
                    [" for his funeral on Friday", " as the visit followed a trip to Kyiv on Sunday",
                     " by the European Union's new leadership team"][i % 3],
 "f24-apposition": lambda i: (f"The call came a day after Kirill Dmitriev{i % 97}, the head of Russia's sovereign "
                              f"wealth fund, held talks in Washington on {1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f24-apposition-run": lambda i: "The call came a day after Kirill Dmitriev" if i == 0 else
                       [", the head of Russia's fund", ", one of Putin's envoys", " and"][i % 3],
 "f24-place-of": lambda i: (f"Russian forces pressed an offensive in the Donbas that Moscow launched on "
                            f"{1 + i % 28} May {1990 + i // 28 % 30}. "),
 "f24-place-of-run": lambda i: "Russian forces pressed an offensive" if i == 0 else
                     [" in the Donbas that Moscow launched on Friday", " near the Kharkiv region", " and"][i % 3],
 "f24-invisible": lambda i: (f"Putin said on {1 + i % 28} May {1990 + i // 28 % 30} that nego\u00adtiations\u200b "
                             "would\u2060 resume\ufeff in Geneva.\u200d "),
 # runs of full stops and of spaces, each twice as long as the one before (what the sentence
 # splitter's look ahead read again from every stop of a run: its square)
 "f24-stop-space-runs": lambda i: "." if (i + 1).bit_length() % 2 else " ",
 "f24-mark-space-runs": lambda i: "?!…"[i % 3] if (i + 1).bit_length() % 2 else " \u200b"[i % 2],
 # runs of line ends and of spaces after a date, each twice as long as the one before (what the
 # resolver's "\s*,?\s*" tried at every split of: its square)
 "f24-line-space-runs": lambda i: "Putin met Xi on Monday" if i == 0 else "\n" if (i + 1).bit_length() % 2 else " ",
 "f24-invisible-run": lambda i: "Putin said on Monday that talks" if i == 0 else
                      ["\u00ad", "\u200b", "\u2060 would", "\ufeff"][i % 4],
 # a twenty-fifth sweep (session 31's reading rules, incr24's caches: docs/benchmarks.md, "A
 # twenty-fifth sweep")
 "f25-main-clause": lambda i: (f"Zelensky, who denied any involvement in Helsinki a day earlier, travelled on "
                               f"{1 + i % 28} May {1990 + i // 28 % 30} to the Netherlands. "),
 "f25-main-clause-run": lambda i: "Zelensky" if i == 0 else
                        [", who denied it a day earlier,", " travelled on Thursday", " and"][i % 3],
 "f25-quote-today": lambda i: (f"Peskov said on {1 + i % 28} May {1990 + i // 28 % 30} that the fighting could end "
                               "\"before the end of today,\" and Zelensky said \u201ctomorrow\u201d.\n\n"),
 "f25-quote-today-run": lambda i: "Peskov said on Monday that" if i == 0 else
                        [' "before the end of today', " said on Tuesday that", '" and \u201ctomorrow'][i % 3],
 "f25-runs-from": lambda i: (f"The election, which runs from {1 + i % 28} May {1990 + i // 28 % 30} through "
                             "Sunday, is held from Friday. The festival takes place from Monday. "),
 "f25-runs-from-run": lambda i: "The vote runs from Friday" if i == 0 else
                      [" through Sunday", ", is held from Monday", " and lasts from"][i % 3],
 "f25-than": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}, with less capital than a year "
                        "ago and more than in 2014. "),
 "f25-than-run": lambda i: "Putin met Xi on Monday" if i == 0 else
                 [" with less than a year ago", " more than on Friday", " and"][i % 3],
 "f25-initialism": lambda i: (f"He flew to the U.S. The talks began on {1 + i % 28} May {1990 + i // 28 % 30}. "
                              "Zelensky met the U.N. He said so at 10 a.m. Earlier, Putin spoke. "),
 "f25-signoff": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}.\n\n"
                           f"BSS/AFP/MKH/{1000 + i % 9000} hrs\n\n"),
 # a wire's sign-off, then a run of spaces (what "\s*(?:hrs)?\s*$" tried at every split of)
 "f25-signoff-spaces": lambda i: "Putin met Xi on Monday.\n\nBSS/AFP/MKH/0935" if i == 0 else " ",
 "f25-apposed-name": lambda i: (f"Guterres's spokesman, St\u00e9phane Dujarric{i % 97}, defended the plan on "
                                f"{1 + i % 28} May {1990 + i // 28 % 30}, saying talks would go on. "),
 "f25-apposed-name-run": lambda i: "The Commission President" if i == 0 else
                         [", Ursula von der Leyen,", " said on Monday", " and the spokesman"][i % 3],
 "f25-participle": lambda i: (f"Asked about the poisoning of Alexei Navalny, published on {1 + i % 28} May "
                              f"{1990 + i // 28 % 30} by CNN, Putin smiled and said nothing. "),
 "f25-participle-run": lambda i: "Asked about the poisoning" if i == 0 else
                       [", published on Monday by CNN", ", speaking to reporters", " and"][i % 3],
 "f25-pronoun": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}. On Saturday, he flew to "
                           "Crimea and then, according to the Kremlin, to Mariupol.\n\n"),
 "f25-leader": lambda i: (f"Hungarian Prime Minister Viktor Orban met Putin on {1 + i % 28} May "
                          f"{1990 + i // 28 % 30}. The Hungarian leader said talks would go on. "),
 "f25-own-outlet": lambda i: (f"As Mehr reported on {1 + i % 28} May {1990 + i // 28 % 30}, a TASS "
                              "correspondent said talks would resume. "),
 "f25-speaking-place": lambda i: (f"Zelensky met Prime Minister Giorgia Meloni at Palazzo Chigi on {1 + i % 28} "
                                  f"May {1990 + i // 28 % 30}, where Meloni told him that Italy was betting on "
                                  "Ukraine's victory. "),
 "f25-speaking-place-run": lambda i: "Meloni told him on Monday" if i == 0 else
                           [" and Meloni", " met Meloni on Tuesday", ", Meloni"][i % 3],
 "f25-later-clause": lambda i: (f"Putin gave an interview on {1 + i % 28} May {1990 + i // 28 % 30}, in which he "
                                "said talks would resume, under which a truce holds. "),
 "f25-portfolio": lambda i: (f"Iran's foreign ministry spokesman Nasser Kanaani{i % 97} said on {1 + i % 28} May "
                             f"{1990 + i // 28 % 30} that U.N. spokesman St\u00e9phane Dujarric was wrong. "),
 "f25-pointing": lambda i: (f"Zelensky went further on {1 + i % 28} May {1990 + i // 28 % 30}, telling "
                            "reporters that Putin hit back, saying talks had failed. "),
 "f25-listed": lambda i: (f"The leaders of the United States, Japan, Germany, France, Italy and Canada said on "
                          f"{1 + i % 28} May {1990 + i // 28 % 30} that talks would resume. "),
 "f25-listed-run": lambda i: "The leaders of the United States" if i == 0 else
                   [", Japan", ", Germany", ", the United Kingdom"][i % 3],
 "f25-had": lambda i: (f"Dujarric said on {1 + i % 28} May {1990 + i // 28 % 30} that Ukraine had a legitimate "
                       "government, and Putin had a meeting with Xi. "),
 "f25-stranded": lambda i: (f"Putin met Xi on {1 + i % 28} May {1990 + i // 28 % 30}, before the Berlin summit, "
                            "which Kyiv had hoped for in April. "),
 "f25-ly": lambda i: (f"Trump on {1 + i % 28} May {1990 + i // 28 % 30} publicly blamed Zelensky for the war. "),
 "f25-reply": lambda i: (f"The Kremlin answered on {1 + i % 28} May {1990 + i // 28 % 30}: Dmitry Peskov said "
                         "talks would resume. "),
 "f25-reply-run": lambda i: "The Kremlin answered on Monday" if i == 0 else
                  [": Dmitry Peskov said", " on Tuesday", ": the Kremlin answered"][i % 3],
 "f25-possessive": lambda i: (f"Putin met the families of veterans' on {1 + i % 28} May "
                              f"{1990 + i // 28 % 30}, the leaders' allies said. "),
}
_DATED = "Putin spoke to Zelensky on {d} May {y} and "


def _grown(i: int, long: str, short: str) -> str:
    """Unit ``i`` of an article of parts each twice as long as the one before: a sentence of
    ``long``'s dated clauses, then ``short`` repeated, in turn."""
    part = (i + 1).bit_length()
    unit = long.format(d=1 + i % 28, y=1990 + i // 28 % 30) if part % 2 else short
    return unit.rstrip(" ,.") + ". " if (i + 2).bit_length() != part else unit

# the registry's names and aliases (entities.yaml), for the shapes above
NAMES = sorted({n for e in __import__("yaml").safe_load((ROOT / "entities.yaml").read_text(
    encoding="utf-8"))["entities"] for n in [e["name"], *e.get("aliases", [])]})

def article(shape: str, size: int) -> str:
    return hostile.article(shape, size, SHAPES)


def one(shape: str, size: int) -> dict:
    from generator.sources import parse_source

    raw = article(shape, size)
    c0 = time.process_time()
    source, problems = parse_source(raw, "h.md", "h")
    if source is None:
        return {"cpu": time.process_time() - c0, "refused": str(problems[0])[:80]}
    return built((source,), c0)


def built(sources: tuple, c0: float) -> dict:
    """Extract, render and export ``sources``: CPU seconds since ``c0``, what came out, the
    peak memory."""
    from generator.config import Config
    from generator.entities import load_registry
    from generator.export import to_json
    from generator.pipeline import extract
    from generator.project import read_templates
    from generator.render import render

    timeline = extract(sources)
    config, registry = Config(root=ROOT), load_registry()
    pages = render(timeline, config, registry, read_templates(config))
    export = to_json(timeline, registry)
    return {"cpu": time.process_time() - c0, "claims": len(timeline.claims),
            "events": len(timeline.events), "out": len(export) + sum(len(p.text) for p in pages),
            "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# (a twelfth sweep) many sources on one day: N reports published the same day, each with 50
# dated claims of that week (actors, places, kinds of happening, nights), so that the merge per
# day and the parting of each report's day meet N x 50 claims of a few dates
DAY_ACTORS = ["Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Dmitry Peskov",
              "Sergei Lavrov", "Steve Witkoff", "Andriy Yermak", "Recep Tayyip Erdogan",
              "Russian drones", "The Kremlin", "US President Donald Trump", "The President"]
DAY_ACTS = ["met envoys in {p}", "proposed talks in {p}", "said talks would resume in {p}",
            "struck {p}, killing at least three people", "spoke by phone about {p}",
            "rejected a ceasefire offer made in {p}", "arrived in {p}", "signed a deal in {p}"]
DAY_PLACES = ["Moscow", "Kyiv", "Istanbul", "Abu Dhabi", "Geneva", "Riyadh", "Alaska"]
DAY_WHENS = ["on Monday", "on Tuesday", "overnight", "late on Tuesday night", "on 1 September",
             "on Wednesday", "on Wednesday evening", "in the night to Wednesday", "the same day"]


def day_source(s: int) -> str:
    lines = []
    for i in range(50):
        k = s * 7 + i * 3
        act = DAY_ACTS[k % len(DAY_ACTS)].format(p=DAY_PLACES[(s + i) % len(DAY_PLACES)])
        lines.append(f"{DAY_ACTORS[(s + i) % len(DAY_ACTORS)]} {act} {DAY_WHENS[k % len(DAY_WHENS)]}.")
    return (f'---\ntitle: "Report {s}"\nurl: https://example.com/{s}\npublished: 2025-09-03\n'
            f"outlet: Outlet {s}\n---\n" + "\n\n".join(lines) + "\n")


def day(n: int) -> dict:
    from generator.sources import parse_source

    raws = [day_source(s) for s in range(n)]
    c0 = time.process_time()
    sources = tuple(parse_source(raw, f"r{s}.md", f"r{s}")[0] for s, raw in enumerate(raws))
    return built(sources, c0)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(argv[1], int(argv[2]))))
        return 0
    if argv[:1] == ["--day"]:  # --day N: N sources of one day, in this process
        print(json.dumps(day(int(argv[1]))))
        return 0
    sizes = [int(x) for x in argv[0].split(",")] if argv else [256_000, 512_000]
    for shape in argv[1:] or list(SHAPES):
        row, previous = [], None
        for size in sizes:
            try:
                out = subprocess.run([sys.executable, __file__, "--one", shape, str(size)],
                                     capture_output=True, text=True, timeout=300)
            except subprocess.TimeoutExpired:
                row.append(f"{size // 1000}K: TIMEOUT")
                break
            if out.returncode:
                row.append(f"{size // 1000}K: FAIL {out.stderr.strip().splitlines()[-1][:100]}")
                break
            r = json.loads(out.stdout)
            ratio = f" x{r['cpu'] / previous:.2f}" if previous else ""
            previous = r["cpu"]
            row.append(f"{size // 1000}K {r['cpu']:.2f}s{ratio} " + (
                r.get("refused") or f"c{r['claims']} e{r['events']} o{r['out'] // 1000}K "
                                    f"{r['mb']:.0f}MB"))
        print(f"{shape:20}", " | ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
