GIF	jif
JSON	jay son
café	cafay
