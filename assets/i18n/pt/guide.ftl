## O guia de uma página do facilitador, no kit de oficina (puente guide)

guide-title = Como conduzir uma oficina com o Puente
guide-intro = Este kit abre o Puente a partir de um pendrive, sem instalação e sem rede. Cada resposta é salva na hora na pasta puente-data do pendrive e viaja com ele.
guide-before = Antes: copie o kit para um pendrive por participante (ou por computador) e abra-o uma vez em um computador da sala.
guide-start = Início: no Windows, clique duas vezes em Puente.exe (se o Windows "protegeu o computador": Mais informações e depois Executar assim mesmo); no Linux, clique duas vezes em puente, ou digite sh puente.sh em um terminal. Cada participante escolhe “{ new-profile }” e informa um nome e um idioma.
guide-projector = No projetor: “{ workshop }” e depois “{ presenter-mode }” mostra um exercício por vez, com as respostas ocultas até “{ presenter-reveal }”. { presenter-keys }
guide-gather = Reunir o progresso da sala: cada participante escolhe “{ export-progress }” e salva o arquivo no seu pendrive; no seu computador, “{ workshop }” e depois “{ import-folder }”
guide-dashboard = O painel mostra quem terminou o quê e as perguntas que mais foram erradas; “{ export-cohort-csv }” grava uma linha por participante; “{ tab-reflections }” mostra o que compartilharam.
guide-commands = Em um terminal na pasta do kit (no Linux, ./puente em vez de Puente.exe): Puente.exe import PASTA mescla os pacotes; Puente.exe report ana.puente --out ana.pdf imprime o relatório de um participante; Puente.exe --help mostra o resto.
guide-trouble = Se a janela não abrir, o computador precisa de OpenGL 2: atualize o driver de vídeo. Se o pendrive estiver cheio ou somente leitura, o Puente avisa e guarda as respostas até poder salvá-las.
