/**
 * Numbers and dates as Japanese news and Wikipedia write them: "2024" → 2024年,
 * "June 17" → 6月17日, "1.5 billion yuan" → 15億元, "35 percent" → 35%, "two years" → 2年,
 * "the 2nd summit" → 第2回, "1990s" → 1990年代.
 */

import { MONTHS } from "../text/dates.js";

export interface NumberMatch {
  /** Index of the first and one past the last token consumed. */
  readonly start: number;
  readonly end: number;
  readonly terms: ReadonlyArray<{ ja: string; en: string; weight: number }>;
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  thirtieth: 30,
  fiftieth: 50,
  hundredth: 100,
};

const MAGNITUDE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
};

// Counter words: one Japanese spelling each, or a few where both are common (カ国/か国).
// Pure units are consumed with the number; a counted noun ("12 agreements") is kept for the
// dictionary too, since the passage may name it.
const UNITS: Readonly<Record<string, readonly string[]>> = {
  year: ["年"],
  years: ["年"],
  month: ["か月", "カ月"],
  months: ["か月", "カ月"],
  day: ["日"],
  days: ["日"],
  week: ["週間"],
  weeks: ["週間"],
  hour: ["時間"],
  hours: ["時間"],
  minute: ["分"],
  minutes: ["分"],
  people: ["人"],
  persons: ["人"],
  person: ["人"],
  times: ["回", "倍"],
  percent: ["%"],
  "%": ["%"],
  yen: ["円"],
  yuan: ["元"],
  dollars: ["ドル"],
  dollar: ["ドル"],
  usd: ["ドル"],
  euros: ["ユーロ"],
  euro: ["ユーロ"],
  rubles: ["ルーブル"],
  tons: ["トン"],
  tonnes: ["トン"],
  km: ["km", "キロ"],
  kilometers: ["km", "キロ"],
  kilometres: ["km", "キロ"],
  meters: ["メートル", "m"],
  metres: ["メートル", "m"],
  degrees: ["度"],
};
const COUNTED: Readonly<Record<string, readonly string[]>> = {
  countries: ["か国", "カ国"],
  nations: ["か国", "カ国"],
  students: ["人"],
  workers: ["人"],
  visitors: ["人"],
  tourists: ["人"],
  members: ["人"],
  agreements: ["本", "件"],
  documents: ["件"],
  projects: ["件"],
  cases: ["件"],
  jets: ["機"],
  aircraft: ["機"],
  planes: ["機"],
  pairs: ["組"],
  seats: ["席"],
  floors: ["階"],
  items: ["項目"],
};

const ROUND_WORDS = new Set([
  "summit",
  "summits",
  "meeting",
  "session",
  "round",
  "conference",
  "forum",
  "congress",
  "edition",
  "games",
  "olympics",
  "election",
  "term",
]);

export interface NumToken {
  readonly lower: string;
}

/** 1500000000 → "15億", 1200000 → "120万", 3000 → "3,000". */
function japaneseNumber(n: number): string {
  const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);
  if (n >= 1e12) return `${fmt(n / 1e12)}兆`;
  if (n >= 1e8) return `${fmt(n / 1e8)}億`;
  if (n >= 1e4 && n % 1e4 === 0) return `${fmt(n / 1e4)}万`;
  if (n >= 1e4 && !Number.isInteger(n)) return `${fmt(n / 1e4)}万`;
  if (n >= 1000 && Number.isInteger(n)) return n.toLocaleString("en-US");
  return fmt(n);
}

function parseNumber(tok: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(tok)) return Number(tok.replace(/,/g, ""));
  if (/^\d+(\.\d+)?$/.test(tok)) return Number(tok);
  return SMALL[tok];
}

/** Finds number and date expressions in lower-cased tokens. */
export function matchNumbers(tokens: readonly NumToken[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  const at = (i: number): string => tokens[i]?.lower ?? "";
  for (let i = 0; i < tokens.length; i++) {
    const t = at(i);
    // Month [day][, year] and day month [year]
    const month = MONTHS[t];
    if (month !== undefined && (t !== "may" || /^\d{1,2}(st|nd|rd|th)?$/.test(at(i + 1)))) {
      const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(at(i + 1));
      if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) {
        const terms = [{ ja: `${month}月${Number(day[1])}日`, en: `${tokens[i]!.lower} ${day[1]}`, weight: 1 }];
        let end = i + 2;
        if (/^\d{4}$/.test(at(end))) {
          terms.push({ ja: `${at(end)}年`, en: at(end), weight: 0.8 });
          end++;
        }
        out.push({ start: i, end, terms });
        i = end - 1;
        continue;
      }
      if (t.length > 3 || t === "may") {
        const terms = [{ ja: `${month}月`, en: t, weight: 0.8 }];
        let end = i + 1;
        if (/^\d{4}$/.test(at(end))) {
          terms.push(
            { ja: `${at(end)}年${month}月`, en: `${t} ${at(end)}`, weight: 1 },
            { ja: `${at(end)}年`, en: at(end), weight: 0.7 },
          );
          end++;
        }
        out.push({ start: i, end, terms });
        i = end - 1;
        continue;
      }
    }
    const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t);
    if (dayFirst && MONTHS[at(i + 1)] !== undefined && at(i + 1).length > 2) {
      out.push({
        start: i,
        end: i + 2,
        terms: [{ ja: `${MONTHS[at(i + 1)]}月${Number(dayFirst[1])}日`, en: `${t} ${at(i + 1)}`, weight: 1 }],
      });
      i++;
      continue;
    }
    // Decades and centuries
    const decade = /^(\d{3}0)s$/.exec(t);
    if (decade) {
      out.push({ start: i, end: i + 1, terms: [{ ja: `${decade[1]}年代`, en: t, weight: 1 }] });
      continue;
    }
    // Ordinals: "2nd summit" → 第2回, "21st century" → 21世紀, "80th anniversary" → 80周年
    const ordinal =
      /^(\d+)(?:st|nd|rd|th)$/.exec(t)?.[1] ?? (ORDINALS[t] !== undefined ? String(ORDINALS[t]) : undefined);
    if (ordinal !== undefined) {
      const next = at(i + 1);
      if (next === "century")
        out.push({ start: i, end: i + 2, terms: [{ ja: `${ordinal}世紀`, en: `${t} century`, weight: 1 }] });
      else if (next === "anniversary")
        out.push({ start: i, end: i + 2, terms: [{ ja: `${ordinal}周年`, en: `${t} anniversary`, weight: 1 }] });
      else {
        // The counted noun stays for the dictionary; only the ordinal is consumed.
        const round = ROUND_WORDS.has(next) ? 0.8 : 0.5;
        out.push({
          start: i,
          end: i + 1,
          terms: [
            { ja: `第${ordinal}回`, en: t, weight: round },
            { ja: `第${ordinal}`, en: t, weight: 0.6 },
          ],
        });
      }
      if (next === "century" || next === "anniversary") i++;
      continue;
    }
    // Percentages written "35%"
    const pct = /^(\d+(?:\.\d+)?)%$/.exec(t);
    if (pct) {
      out.push({ start: i, end: i + 1, terms: [{ ja: `${pct[1]}%`, en: t, weight: 1 }] });
      continue;
    }
    // Currency prefixes: "$1.5 billion" → 15億ドル
    const dollar = /^\$(\d[\d,.]*)$/.exec(t);
    let value = dollar ? parseNumber(dollar[1]!) : parseNumber(t);
    if (value === undefined) continue;
    const spelled = SMALL[t] !== undefined;
    let end = i + 1;
    let en = t;
    const mag = MAGNITUDE[at(end)];
    if (mag !== undefined && !(at(end) === "m" && spelled)) {
      value *= mag;
      en += ` ${at(end)}`;
      end++;
    }
    const year = !spelled && !dollar && mag === undefined && /^\d{4}$/.test(t) && value >= 1000 && value <= 2100;
    const unitWord = at(end) === "per" && at(end + 1) === "cent" ? "percent" : at(end);
    const pure = UNITS[unitWord];
    const counted = pure ? undefined : COUNTED[unitWord];
    const units = dollar ? ["ドル"] : (pure ?? counted);
    const num = japaneseNumber(value);
    const terms: Array<{ ja: string; en: string; weight: number }> = [];
    if (units && !year) {
      if (pure || counted) en += ` ${unitWord}`;
      if (pure && !dollar) end += unitWord === "percent" && at(end) === "per" ? 2 : 1;
      // "two years" is usually 2年 or 2年間; 1.5 billion yuan is 15億元.
      for (const u of units) terms.push({ ja: `${num}${u}`, en, weight: units.length > 1 ? 0.7 : 1 });
      if (mag !== undefined) terms.push({ ja: num, en, weight: 0.6 });
    } else if (year) {
      terms.push({ ja: `${t}年`, en: t, weight: 1 });
    } else if (spelled) {
      // "one", "two" alone are too common to search for.
      if (mag === undefined) continue;
      terms.push({ ja: num, en, weight: 1 });
    } else {
      terms.push({ ja: num, en, weight: 1 });
    }
    out.push({ start: i, end, terms });
    i = end - 1;
  }
  return out;
}
