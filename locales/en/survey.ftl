# The organisation's Aligned Autonomy survey, and the live signals of what
# teams actually do.

survey-title = Autonomy survey
survey-heading = Aligned Autonomy survey
survey-none-open = No survey is open yet for { $wave }
survey-open-text = Run the scorecard as an anonymous survey of everyone. Results show once you close it (or the wave closes), from { $k } answers.
survey-open = Open the survey
survey-joined-late = The survey for { $wave } counts people who were members a full week before it opened, so nobody can add accounts to answer beside a colleague and read their answers: you answer the next wave's survey.
survey-is-open = The survey for { $wave } is open. Your answers are anonymous: they are stored without your name, and results appear only once the survey closes, from { $k } people.
survey-with-you = Answering with you:
survey-alone = Nobody else answers this survey, so its results stay hidden.
survey-send = Send my answers
survey-thanks = Thank you: you have answered the survey for { $wave }.
survey-none = No survey is open right now.
survey-close-ask = Close the survey…
survey-close-warning = Closing the survey shows its results to everyone. It cannot be reopened, and it takes no more answers.
survey-close = Close the survey and show results
survey-results = Results by wave
survey-result-line = { $answers } answers · { $band } ({ $score } / 100)
survey-result-open = Open: results show once the survey closes.
survey-too-few = Fewer than { $k } answers: results stay hidden to keep them anonymous.
survey-signals = Live signals in { $wave }
survey-signals-hint = What teams actually do, next to what people say.

## Live signals: a number, then what it counts

signal-no-data = No data yet
signal-aligned = of teams have an objective aligned, with a written rationale, to this wave's objectives.
signal-aligned-none = (no active team yet): this will be the share of teams with an objective aligned, with a written rationale, to this wave's objectives.
signal-own = of team objectives were written by the team itself rather than handed down.
signal-own-none = (no team objective yet): this will be the share of team objectives written by the team itself rather than handed down.
signal-ppp-weeks = { $share } of weeks with a PPP
signal-no-team-week = No team week yet
# { $ppp } is signal-ppp-weeks or signal-no-team-week.
signal-with-boosts = { $ppp }; boosts answered in { $hours } h on average
signal-context = Teams that post weekly updates and answer each other's boosts share context without meetings.
signal-velocity = { $per_week ->
    [one] { $per_week } check-in per week
   *[other] { $per_week } check-ins per week
}; { $share } of key results moved
signal-velocity-no-krs = { $per_week ->
    [one] { $per_week } check-in per week
   *[other] { $per_week } check-ins per week
}; no key results yet
signal-execution = Frequent check-ins and key results that move show work turning into results.
