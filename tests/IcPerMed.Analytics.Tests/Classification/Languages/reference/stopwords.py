# Independent route for the language figures of issue 17: the same parts as ProjectLanguageDetector (whitespace words,
# up to 160 words in consecutive parts of >= 40, else 4 parts of 40 spread evenly), each part's language by counting
# function words of each language (no Lingua). A part with fewer than 3 function words is "unsure".
import gzip, json, glob, re, sys, collections
SW = {
 'en': 'the of and to in is for with on that this are by be as from an at or which will we our these their its has have was were it not can also into such through between'.split(),
 'fr': 'le la les des du de et en un une est pour dans sur par au aux avec qui que ce cette ces sont nous notre leur leurs plus ou pas être été'.split(),
 'de': 'der die das und den dem des ein eine einer ist im zu mit von für auf sich nicht auch werden wird durch bei wir sind zur zum'.split(),
 'it': 'il lo la gli le di del della dei delle e è per con un una che nel nella sono al alla da dal anche come più si'.split(),
 'es': 'el la los las de del y en un una es por para con que se su sus al como más son lo'.split(),
 'pt': 'o a os as de do da dos das e em um uma é por para com que no na se são ao mais como'.split(),
 'nl': 'de het een en van in is op te voor met dat die zijn niet ook door bij naar wordt aan we'.split(),
}
def part_bounds(n, pw=40, mx=4):
    if n == 0: return []
    if n <= pw*mx:
        c = max(1, n//pw); return [(k*n//c, (k+1)*n//c - k*n//c) for k in range(c)]
    return [(k*(n-pw)//(mx-1), pw) for k in range(mx)]
def lang_of(words):
    counts = collections.Counter()
    for w in words:
        w = re.sub(r'[^\w]', '', w.lower())
        for l, s in SW.items():
            if w in s: counts[l] += 1
    if sum(counts.values()) < 3: return None
    return counts.most_common(1)[0][0]
def read(title, abstract):
    words = f"{title or ''}\n{abstract or ''}".split()
    return [(lang_of(words[s:s+n]), n) for s, n in part_bounds(len(words))]
def en_share(parts):
    total = sum(n for _, n in parts); return 0 if total == 0 else sum(n for l, n in parts if l == 'en') / total
def main_lang(parts):
    c = collections.OrderedDict()
    for l, n in parts:
        if l: c[l] = c.get(l, 0) + n
    return max(c.items(), key=lambda kv: kv[1])[0] if c else 'und'   # max keeps the first of equal counts
