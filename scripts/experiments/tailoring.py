"""Hand-written 'tailoring' features for the PM question: does the text state tailoring to individuals or subgroups?

Each feature is the number of regex matches in the lower-cased text (title + " " + abstract); the model sees
log(1 + count). Sentence features split the text on [.;!?] followed by white space. The definitions are meant to be
re-implemented one for one in C# (System.Text.RegularExpressions, RegexOptions.IgnoreCase | CultureInvariant).
"""

import math
import re

# Positive cues: statements of tailoring to individuals or subgroups.
POSITIVE = {
    "t_stratif": r"\bstratif\w*",
    "t_tailor": r"\btailor\w*",
    "t_individualised": r"\bindividuali[sz]\w*",
    "t_personalised": r"\bpersonali[sz]\w*",
    "t_precision": r"\bprecision[- ](?:medicine|oncology|health|prevention|psychiatry|nutrition|care|therap\w*)",
    "t_patient_specific": r"\b(?:patient|person|individual|subject)[- ]specific\b",
    "t_subgroup": r"\bsub-?(?:groups?|populations?|types?|phenotypes?)\b|\bendotypes?\b",
    "t_right_patient": r"\bright (?:treatment|drug|therapy|dose|intervention)\b[^.]{0,60}\bright (?:patient|person|time)\b",
    "t_companion_dx": r"\bcompanion diagnostics?\b",
    "t_pharmacogen": r"\bpharmacogen\w*",
    "t_risk_based": r"\brisk[- ](?:based|stratified|adapted|tailored|guided|profil\w*)\b|\b(?:individual|personal)(?:i[sz]ed)? risk\b",
    "t_care_plan": r"\b(?:personali[sz]ed|individuali[sz]ed|tailored|stratified|precision)[- ](?:care|treatment|therap\w*|"
                   r"intervention|prevention|plans?|pathways?|approach\w*|dos\w+|nutrition|screening|follow-up|management)\b",
    "t_decision_support": r"\bdecision[- ](?:support|aids?|making tool)\b|\btreatment (?:choice|selection|decision)s?\b|"
                          r"\bselect\w* (?:the )?(?:best|optimal|most appropriate|right) (?:treatment|therap\w*|drug)\b",
    "t_predict_response": r"\bpredict\w* (?:the |treatment |drug |therapeutic )?(?:response|outcome|benefit|toxicity)\w*|"
                          r"\b(?:non-?)?responders?\b",
    "t_targeted": r"\btargeted (?:therap\w*|treatment\w*|drug\w*|agent\w*)\b",
    "t_biomarker_guided": r"\b(?:biomarker|genotype|genomic|molecular|imaging)[- ](?:guided|driven|based|informed) "
                          r"(?:therap\w*|treatment\w*|care|selection|prevention|dos\w+|decision\w*)\b",
    "t_integrated_care": r"\bintegrated (?:care|health ?care)\b",
    "t_payer_regulatory": r"\breimburs\w*|\bhealth technology assessment\b|\bpayers?\b|\bregulatory (?:science|pathway\w*|approval|framework\w*)\b",
}

# Negative cues: the boundary cases that use PM's words without tailoring to the patient.
NEGATIVE = {
    "n_population_screening": r"\b(?:population|mass|national|universal|organi[sz]ed|community)[- ](?:wide |based |level )?screening\b|"
                              r"\bscreening (?:programmes?|programs?|uptake|coverage)\b",
    "n_pathogen": r"\bpathogen\w*|\bbacteri\w*|\bviral\b|\bvirus\w*|\bantimicrobial\w*|\bantibiotic\w*|\bantiviral\w*|"
                  r"\binfecti\w*|\bsepsis\b|\bsars-cov-2\b|\bcovid\w*",
    "n_infrastructure": r"\bresearch infrastructures?\b|\besfri\b|\bcore facilit\w*|\bshared (?:instrument\w*|resource\w*)\b",
    "n_training": r"\bdoctoral\b|\bph\.?d\b|\btraining (?:network|programme|program|grant)\b|\bmarie\b|\bmsca\b|"
                  r"\bfellowships?\b|\bearly[- ](?:stage|career) (?:researchers?|investigators?)\b|\bmentor\w*|\bcurricul\w*",
    "n_patient_academy": r"\bpatient academ\w*|\beupati\b|\bpatient education\b|\bhealth literacy\b",
    "n_public_health": r"\bpublic health\b|\bpopulation[- ](?:wide|level)\b|\bwhole population\b|\bcommunity[- ]wide\b",
}

# Sentence-level co-occurrence: a tailoring verb and a patient/subgroup noun in the same sentence.
TAILOR_VERB = r"\b(?:tailor\w*|personali[sz]\w*|individuali[sz]\w*|stratif\w*|adapt\w*|target\w*|select\w*|choos\w*|" \
              r"chose\w*|guid\w*|match\w*|optimi[sz]\w*|customi[sz]\w*|adjust\w*)"
PATIENT_NOUN = r"\b(?:patients?|individuals?|persons?|people|subgroups?|sub-groups?|subpopulations?|subtypes?|" \
               r"responders?|phenotypes?|genotypes?|profiles?|characteristics|carriers?|each (?:patient|person|individual))\b"
CARE_NOUN = r"\b(?:treatment\w*|therap\w*|prevention|diagnos\w*|care|dos\w+|interventions?|drugs?|medication\w*|" \
            r"management|screening|prognos\w*)\b"

_compiled = {name: re.compile(rx, re.IGNORECASE) for name, rx in {**POSITIVE, **NEGATIVE}.items()}
_verb = re.compile(TAILOR_VERB, re.IGNORECASE)
_noun = re.compile(PATIENT_NOUN, re.IGNORECASE)
_care = re.compile(CARE_NOUN, re.IGNORECASE)
_sentence_split = re.compile(r"(?<=[.;!?])\s+")

NAMES = list(POSITIVE) + list(NEGATIVE) + ["s_verb_noun", "s_verb_noun_care", "s_verb_noun_share", "log_words"]


def features(text):
    """Feature vector (list of floats, in NAMES order) for one text."""
    values = [math.log1p(len(_compiled[name].findall(text))) for name in list(POSITIVE) + list(NEGATIVE)]
    sentences = [s for s in _sentence_split.split(text) if s.strip()]
    vn = vnc = 0
    for s in sentences:
        if _verb.search(s) and _noun.search(s):
            vn += 1
            if _care.search(s):
                vnc += 1
    values += [math.log1p(vn), math.log1p(vnc), vn / max(1, len(sentences)), math.log1p(len(text.split()))]
    return values
