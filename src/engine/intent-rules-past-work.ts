// PAST_WORK_RULES: free-text rules for where someone worked before and whether they worked somewhere
// ("what company is zainab at", "where was lena before kudiflow"). Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Where someone worked before, and whether they worked somewhere. */
export const PAST_WORK_RULES: readonly IntentRule[] = [
  // "what company is zainab at", "what company does zeno run", "which startup did X found"
  {
    command: 'experience',
    pattern: r(
      '(?:what|which) (?:company|companies|employer|firm|startup|organi[sz]ation|business) (?:is|was|does|did|has) (?<person>.+?)(?: been)? (?:at|with|in|run|runs|own|owns|found|founded|lead|leads|work for|work at|working for|working at|worked for|worked at|worked with|join|joined|started|start|interning at|interning with|interning for|intern at|interned at)(?: (?:now|currently|these days|today))?',
    ),
  },
  // "who employs marta", "which company hired tomas": the employer asked as the subject.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:who|which compan(?:y|ies)|what compan(?:y|ies)) (?:employs|employed|hired|hires|has hired|is employing) (?<person>.+?)(?: (?:now|currently|today|before|previously|first|last))?',
    ),
  },
  // "what does boateng do at ashanti analytics": their role there; "what did X build at Y" / "work on at Y": the
  // lines under that job.
  {
    command: 'experience',
    pattern: r(
      'what (?:does|do|did|has) (?<person>.+?) (?:(?:do|done) at|(?:build|built|make|made|ship|shipped|develop|developed|work on|worked on) (?:at|for|while at)) (?!fun$).+',
    ),
  },
  // "does anand work at sycamore", "has jessica ever worked for microsoft", "did aditya intern at techdome"
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:does|did|has|is|was) (?<person>.+?) (?:(?:currently|still|ever|now) )?(?:work|worked|working|intern|interned|interning|employed|been employed|been working|been interning) (?:at|for|by) (?<query>.+?)(?: (?:before|previously|now|currently|anymore|still|right now|rn))?',
    ),
  },
  // "is roee still at ngsoft", "is aman currently with stackintel": the entry that names it, with its dates, says
  // whether the job is current.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:is|was|are) (?<person>.+?) (?:still|currently|now|presently) (?:at|with|employed at|employed by|on the team at) (?<query>.+?)(?: (?:now|anymore|today|these days|rn))?',
    ),
  },
  // "list aman's jobs in order", "walk me through shirokano's career", "yuneast's work history": the entries as listed.
  {
    command: 'experience',
    pattern: r(
      "(?:(?:list|show(?: me)?|give me|tell me about|walk me through|summari[sz]e|what (?:is|are|was|were))(?: all)? )?(?<person>.+?)(?:'s|') (?:jobs|past jobs|previous jobs|work history|employment history|job history|career|career history|career path|employers|past employers|previous employers|first job|first employer|earliest job|current job|current employer|current company|current workplace)(?: (?:in order|so far|to date|chronologically|in chronological order|(?:at a|in a) glance))?",
    ),
  },
  // "where did yuneast work first", "where did aman start his career": the oldest entry, which the list ends with.
  {
    command: 'experience',
    pattern: r(
      '(?:where|which compan(?:y|ies)|what compan(?:y|ies)) did (?<person>.+?) (?:work first|first work|start out|start working|(?:start|begin|launch) (?:his|her|their|the|a) career|get (?:his|her|their) start)',
    ),
  },
  // "when did phil join aws lambda", "how long was phil at microsoft": the entry with its dates answers.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      'when did (?<person>.+?) (?:join|start at|start with|start working at|start working for|begin at|begin working at|leave|quit|move to|work at|work for|work with|work in|intern at|intern with|intern for|intern in) (?<query>.+?)',
    ),
  },
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      'how long (?:was|has|did|is|had) (?<person>.+?) (?:been |worked |work |stayed |stay )?(?:at|with|for|working at|working for) (?<query>.+?)(?: for)?',
    ),
  },
  // "webgori's job before com2us", "what was marc's role before energir": the jobs, which the entries list in order.
  {
    command: 'experience',
    pattern: r(
      "(?:what(?:'s| is| was) )?(?<person>.+?)(?:'s|') (?:job|role|position|employer|company|work|gig) (?:before|prior to|previous to) .+",
    ),
  },
  // "what is priya's role at swiggy", "anand's position @ sycamore": their entries say it.
  {
    command: 'experience',
    pattern: r(
      "(?:what(?:'s| is| was) )?(?<person>.+?)(?:'s|') (?:current )?(?:job|role|position|title|job title) (?:at|@|in|with|for) .+",
    ),
  },
  {
    command: 'experience',
    pattern: r(
      '(?:where|who|which compan(?:y|ies)) (?:did|has|had) (?<person>.+?) (?:work|worked|been)(?: (?:for|at))? (?:before|previously|prior to|in the past|earlier)(?: .+)?',
    ),
  },
  // "where did olive work most recently", "where did X work last": the entries, newest first as listed.
  {
    command: 'experience',
    pattern: r(
      '(?:where|which compan(?:y|ies)|what compan(?:y|ies)) (?:did|has|had|was) (?<person>.+?) (?:work|worked|working|been working|employed) (?:most recently|last|lately|recently|latest)',
    ),
  },
  // "where was lena before kudiflow", "where was X working previously"
  {
    command: 'experience',
    pattern: r(
      '(?:where|who|which compan(?:y|ies)) (?:was|were) (?<person>.+?)(?: (?:working|employed))? (?:before|previously|prior to|earlier|in the past)(?: .+)?',
    ),
  },
  // "where was X an intern", "where did X do an internship", "which company did X intern at"
  {
    command: 'experience',
    pattern: r(
      '(?:where|which compan(?:y|ies)|what compan(?:y|ies)) (?:was|is|did|has|does) (?<person>.+?) (?:an intern|interning|intern|interned|do (?:an|a|his|her|their) internships?|done (?:an|a|his|her|their) internships?)(?: (?:at|with|for))?',
    ),
  },
  // "has luis done an internship", "was sagar ever an intern", "does carlos freelance", "where has arthur
  // freelanced": yes/no about a kind of job, answered by the entries (or the line) that say so. "is X a
  // freelancer" stays with the role rules, which quote the line that says it.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:where )?(?:has|have|did|does|do|was) (?<person>.+?) (?:ever )?(?:(?:do|done|had|have|did|completed|finished) (?:an? |any |some )?(?:internships?|freelance work|freelancing)|(?:(?:been|be) )?an? (?:intern|freelancer)|(?:been|be) (?:intern|freelancer)|(?:worked|work|working) (?:as )?(?:an? )?(?:intern|freelancer|freelance)|interned|freelanced|freelances?|freelancing)(?: (?:before|anywhere|somewhere|yet))?',
    ),
  },
];
