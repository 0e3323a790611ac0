JA = []
EN = []
