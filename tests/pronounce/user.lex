# A user lexicon for tests/test_pronounce.c (UTF-8, TAB-separated).

# whole words; keys with capitals match that case only
GIF	jif
US	the U S
nginx	engine x
# forced case rules
Jif	jiff	case=any
perl	purl	case=exact
# several words, the longest match wins
Visual Studio	V S
Visual Studio Code	V S code
Wi-Fi	why fye
.NET	dot net
McDonald's	mick donalds
škoda	shkoda
# a language of its own
Schmidt	shmit	lang=en
Trump	trampp	lang=en-us
  # an indented comment, then TABs to align the columns
Emacs			emm ax		case=any
# overrides the shipped entry
kubectl	kube cuttle
# the later of two entries wins
Xorg	X org
Xorg	X dot org
