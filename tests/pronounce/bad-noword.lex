# comment

++	plus plus
